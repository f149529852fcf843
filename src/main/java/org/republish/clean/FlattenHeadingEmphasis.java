package org.republish.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * Bold or italics wrapping a whole heading says nothing a heading does not
 * already say, and fights the stylesheet: "<h2><strong>X</strong></h2>"
 * becomes "<h2>X</h2>". Emphasis on part of a heading stays.
 */
public final class FlattenHeadingEmphasis implements ArticleTransform {

    @Override
    public Article apply(Article article) {
        Element body = article.bodyCopy();
        int count = 0;
        String example = null;
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            Element wrapper;
            boolean changed = false;
            while ((wrapper = soleEmphasis(h)) != null) {
                if (example == null) {
                    example = h.outerHtml();
                }
                wrapper.unwrap();
                changed = true;
            }
            if (changed) {
                count++;
            }
        }
        if (count == 0) {
            return article;
        }
        return article.withBody(body).withNotice(Notice.change(name(),
                "removed bold/italics wrapping whole headings", count, example));
    }

    /** The one strong/b/em/i element holding all of the heading's text, or null. */
    private static Element soleEmphasis(Element h) {
        Element only = null;
        for (Node n : h.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return null;
                }
            } else if (n instanceof Element e) {
                if (only != null || !e.normalName().matches("strong|b|em|i")) {
                    return null;
                }
                only = e;
            }
        }
        return only != null && !only.text().isBlank() ? only : null;
    }
}
