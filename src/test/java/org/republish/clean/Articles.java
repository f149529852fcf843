package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;

/** Small articles for transform tests. */
final class Articles {

    private Articles() {
    }

    static Article of(String bodyHtml) {
        return of(bodyHtml, new ArticleMeta.Builder().title("A title").build());
    }

    static Article of(String bodyHtml, ArticleMeta meta) {
        return new Article(meta, Jsoup.parseBodyFragment(bodyHtml).body());
    }

    /** Applies the transform, checking that it left its input untouched. */
    static Article apply(ArticleTransform t, Article input) {
        String before = input.body().html();
        Article out = t.apply(input);
        assertEquals(before, input.body().html(), t.name() + " must not modify its input");
        return out;
    }

    /** Applies a tracked transform, checking input untouched and the words accounted for. */
    static TransformResult applyTracked(ArticleTransform t, Article input) {
        String before = input.body().html();
        TransformResult out = t.applyTracked(input);
        assertEquals(before, input.body().html(), t.name() + " must not modify its input");
        FidelityResult f = FidelityCheck.check(input.body(), out.article().body(), out.removals());
        if (!Words.of(input.body()).isEmpty()) {
            assertEquals(true, f.passed(), f.report());
        }
        return out;
    }

    static String html(Article a) {
        return a.body().html().replaceAll("\\s*\\n\\s*", "");
    }
}
