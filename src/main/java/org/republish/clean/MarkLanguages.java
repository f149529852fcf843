package org.republish.clean;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.Notice;

/**
 * Declares languages so that screen readers pronounce, and print hyphenates,
 * each passage in its own: the article's language when the metadata gives
 * none, and {@code lang} on a paragraph, quote or list item clearly written
 * in another. Markup only; no word changes.
 */
public final class MarkLanguages implements ArticleTransform {

    private static final String BLOCKS = "p, blockquote, li, figcaption, h2, h3, h4, h5, h6, td, dd";

    @Override
    public Article apply(Article article) {
        Article result = article;
        String lang = article.meta().lang();
        if (lang == null || lang.isBlank()) {
            Optional<String> guessed = LanguageGuess.ofArticle(article.body().text());
            if (guessed.isEmpty()) {
                return article;
            }
            lang = guessed.get();
            result = result.withMeta(article.meta().toBuilder().lang(lang).build())
                    .withNotice(Notice.change(name(), "declared the article's language, which the metadata did not give",
                            1, lang));
        }
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        Element body = result.bodyCopy();
        int count = 0;
        String example = null;
        for (Element block : body.select(BLOCKS)) {
            ArticleDeadline.check();
            if (block.select(BLOCKS).size() > 1 || block.closest("[lang]") != null) {
                continue;
            }
            Optional<String> guessed = LanguageGuess.of(block.text());
            if (guessed.isPresent() && !guessed.get().equals(primary)) {
                block.attr("lang", guessed.get());
                count++;
                if (example == null) {
                    example = guessed.get() + ": " + ProseText.example(block.text());
                }
            }
        }
        if (count == 0) {
            return result;
        }
        return result.withBody(body).withNotice(Notice.change(name(),
                "marked passages written in another language with their language", count, example));
    }
}
