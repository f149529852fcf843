package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.License;

class CleaningTest {

    /** A transform that rewrites a word: it must be caught and undone. */
    private static final class ReplaceFoxWithCat implements ArticleTransform {
        @Override
        public boolean changesWords() {
            return true;
        }

        @Override
        public Article apply(Article article) {
            var body = article.bodyCopy();
            body.select("p").forEach(p -> p.text(p.text().replace("fox", "cat")));
            return article.withBody(body);
        }
    }

    @Test
    void transformsCanBeSwitchedOffByNameAndTypographyIsOffByDefault() {
        assertFalse(Cleaning.standard().enabledNames().contains("Typography"));
        assertTrue(Cleaning.standard().enabledNames().contains("UnwrapDeadLinks"));
        Cleaning configured = Cleaning.configured(Map.of("clean.UnwrapDeadLinks", "false", "clean.Typography", "true"));
        assertFalse(configured.enabledNames().contains("UnwrapDeadLinks"));
        assertTrue(configured.enabledNames().contains("Typography"));
        Article in = Articles.of("<p><a href=\"#\">dead</a> \"quoted\"</p>");
        Article out = configured.clean(in).article();
        assertEquals("<p><a href=\"#\">dead</a> \u201Cquoted\u201D</p>", Articles.html(out));
    }

    @Test
    void theArticlesOwnMetadataSwitchesARuleOffForItAlone() {
        String html = "<p>Before <a href=\"#\">dead</a> after.</p>";
        Article plain = Articles.of(html);
        Article off = Articles.of(html, new ArticleMeta.Builder().title("A title")
                .extra(Cleaning.OFF_KEY, "unwrapdeadlinks, NoSuchRule").build());
        Cleaning cleaning = Cleaning.standard();

        assertEquals("<p>Before dead after.</p>", Articles.html(cleaning.clean(plain).article()));
        CleaningResult kept = cleaning.clean(off);
        assertEquals(html, Articles.html(kept.article()), "the rule named in the metadata did not run, in any case");
        assertTrue(kept.fidelity().passed());
        var notice = kept.article().notices().stream().filter(n -> n.rule().equals(Cleaning.OFF_NOTICE)).toList();
        assertEquals(1, notice.size(), "one notice for the one known rule: " + kept.article().notices());
        assertEquals("UnwrapDeadLinks", notice.get(0).example());
        assertEquals(0, notice.get(0).count(), "nothing changed");
        assertTrue(cleaning.enabledNames().contains("UnwrapDeadLinks"), "the setting for all articles is unchanged");
    }

    @Test
    void aStepThatChangesWordsIsUndoneAndReported() {
        Cleaning cleaning = new Cleaning(List.of(new UnwrapDeadLinks(), new ReplaceFoxWithCat()), Set.of(), false);
        CleaningResult r = cleaning.clean(Articles.of("<p>The <a href=\"#\">quick</a> fox.</p>"));
        assertFalse(r.fidelity().passed());
        assertTrue(r.fidelity().message().startsWith("ReplaceFoxWithCat"), r.fidelity().message());
        assertEquals("<p>The quick fox.</p>", Articles.html(r.article()), "the good step stays, the bad one is undone");
        assertTrue(r.report().contains("FAILED"));
    }

    @Test
    void wordChangingTransformsAreRefusedForNoDerivatives() {
        Cleaning cleaning = new Cleaning(List.of(new ReplaceFoxWithCat()), Set.of(), false);
        ArticleMeta nd = new ArticleMeta.Builder().title("T")
                .license(new License("CC-BY-ND-4.0", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/")).build();
        CleaningResult r = cleaning.clean(Articles.of("<p>The fox.</p>", nd));
        assertTrue(r.fidelity().passed());
        assertEquals("The fox.", r.article().body().text());
        assertTrue(r.article().warnings().get(0).message().contains("no derivatives"));
        Cleaning flagged = Cleaning.configured(Map.of("clean.noDerivatives", "true"));
        assertTrue(flagged.clean(Articles.of("<p>The fox.</p>")).fidelity().passed());
    }

    @Test
    void removalsAreReportedAtTheirPlaceInTheOriginalBody() {
        Article in = Articles.of("<p>Tuesday 21 March 2023, by ALEN Michael A. (Date first published: 8 March 2023).</p>"
                + "<h2>Contents</h2><ul><li><a href=\"#\">One</a></li></ul><p>Intro.</p><h2>One</h2><p>Text.</p>");
        CleaningResult r = Cleaning.standard().clean(in);
        assertTrue(r.fidelity().passed(), r.report());
        assertEquals(List.of(0, 14, 15), r.removals().stream().map(Removal::wordIndex).toList());
        assertEquals("<p>Intro.</p><h2>One</h2><p>Text.</p>", Articles.html(r.article()));
    }
}
