package org.republish.clean;

import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * Links that lead nowhere become plain text: href "#", empty, missing, or a
 * "javascript:" action. Anchors that only name a place (id or name, no href)
 * stay, since an in-page link may point at them.
 */
public final class UnwrapDeadLinks implements ArticleTransform {

    @Override
    public Article apply(Article article) {
        Element body = article.bodyCopy();
        int count = 0;
        String example = null;
        for (Element a : body.select("a")) {
            if (isDead(a)) {
                example = example == null ? a.outerHtml() : example;
                a.unwrap();
                count++;
            }
        }
        if (count == 0) {
            return article;
        }
        return article.withBody(body).withNotice(Notice.change(name(),
                "unwrapped links that lead nowhere (kept their text)", count, example));
    }

    static boolean isDead(Element a) {
        if (!a.hasAttr("href")) {
            return !a.hasAttr("id") && !a.hasAttr("name");
        }
        String href = a.attr("href").strip();
        return href.isEmpty() || href.equals("#") || href.equals("#!")
                || href.toLowerCase(java.util.Locale.ROOT).startsWith("javascript:");
    }
}
