package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;

class MarkLanguagesTest {

    private static Article article(String lang, String... paragraphs) {
        Element body = Article.newBody();
        for (String p : paragraphs) {
            body.appendElement("p").text(p);
        }
        return new Article(new ArticleMeta.Builder().title("T").lang(lang).build(), body);
    }

    @Test
    void aFrenchPassageInAnEnglishArticleIsMarked() {
        Article in = article("en",
                "The government said on Tuesday that it would not change the policy, and that the talks were over.",
                "« La politique du gouvernement est claire et nous ne la changerons pas », a dit le ministre dans un entretien.");
        Article out = new MarkLanguages().apply(in);
        assertEquals("", out.body().child(0).attr("lang"));
        assertEquals("fr", out.body().child(1).attr("lang"));
        assertFalse(in.body().child(1).hasAttr("lang"), "the input is not modified");
        assertEquals(Words.of(in.body()), Words.of(out.body()));
    }

    @Test
    void theArticleLanguageIsDeclaredWhenMissing() {
        Article out = new MarkLanguages().apply(article(null,
                "El gobierno dijo que no cambiará la política y que las negociaciones con los sindicatos han terminado."));
        assertEquals("es", out.meta().lang());
    }

    @Test
    void shortOrAmbiguousPassagesAreLeftAlone() {
        Article in = article("en", "Merci beaucoup.", "Data, code, R.");
        assertSame(in, new MarkLanguages().apply(in));
        assertEquals(Optional.empty(), LanguageGuess.of("rOpenSci packages ggplot2 dplyr tidyr readr purrr tibble stringr"));
    }
}
