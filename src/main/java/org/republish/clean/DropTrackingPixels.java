package org.republish.clean;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;

/**
 * Page-counter images a source asks republishers to embed (The Conversation's
 * {@code counter.theconversation.com/content/ID/count.gif}, one pixel wide)
 * leave the body: outputs are read offline, where an image shows only as its
 * alt text ("The Conversation" in the middle of a sentence). The first
 * counter's address is kept in the extra {@value #COUNTER_KEY}, for the
 * licence stage to find the article's id at its source.
 */
public final class DropTrackingPixels implements ArticleTransform {

    /** Extra key holding the first page counter's address. */
    public static final String COUNTER_KEY = "counterImage";

    private static final Pattern COUNTER = Pattern.compile(
            "(?i)//counter\\.|/count\\.gif|/pixel(?:\\.gif|\\.png|/)|/tracking?(?:/|\\.gif)|/beacon[/.]|[?&]distributor=");
    private static final Pattern ONE_PIXEL = Pattern.compile("(?i)(?:^|;)\\s*(?:max-)?(?:width|height)\\s*:\\s*[01]px");

    @Override
    public Article apply(Article article) {
        Element body = article.bodyCopy();
        int count = 0;
        String first = null;
        for (Element img : body.select("img")) {
            if (isTracker(img)) {
                first = first == null ? img.attr("src") : first;
                img.remove();
                count++;
            }
        }
        if (count == 0) {
            return article;
        }
        ArticleMeta.Builder meta = article.meta().toBuilder();
        if (!article.meta().extra().containsKey(COUNTER_KEY)) {
            meta.extra(COUNTER_KEY, first);
        }
        return article.withBody(body).withMeta(meta.build()).withNotice(Notice.change(name(),
                "removed page-counter images (a reader offline would see only their alt text)", count, first));
    }

    static boolean isTracker(Element img) {
        String src = img.attr("src");
        boolean onePixel = "1".equals(img.attr("width").strip()) && "1".equals(img.attr("height").strip())
                || ONE_PIXEL.matcher(img.attr("style")).find();
        return onePixel || COUNTER.matcher(src).find();
    }
}
