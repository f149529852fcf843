package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;

/** The canonical sample, read and cleaned with the standard transforms. */
class SampleArticleCleaningTest {

    private static final Path SAMPLE = Path.of("../shared/samples/conversation-essf-china-russia.md");

    private static Article read;
    private static CleaningResult cleaned;

    @BeforeAll
    static void clean() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "skipped: the shared sample " + SAMPLE.toAbsolutePath() + " is absent");
        read = new ArticleReaders().read(new InputDocument(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE), SAMPLE.getParent()));
        cleaned = Cleaning.standard().clean(read);
    }

    @Test
    void theBodyIsClean() {
        String html = cleaned.article().body().html();
        String text = cleaned.article().body().text();
        assertFalse(html.contains("href=\"#\""), "no dead links");
        assertFalse(text.contains("\\$") || text.contains("\\"), "no escape artefacts");
        assertTrue(text.contains("US$75 billion"));
        assertTrue(cleaned.article().body().select("h1 strong, h2 strong, h3 strong, h4 strong, h1 b, h2 b, h3 b").isEmpty());
        assertTrue(cleaned.article().body().select("h1,h2,h3,h4,h5,h6").stream().noneMatch(h -> h.text().equals("Contents")));
        assertTrue(cleaned.article().body().select("ul, ol").isEmpty(), "the contents list and the appeal list are gone");
        assertFalse(text.contains("Donate") || text.contains("give away our articles"), "no donation appeal");
        assertFalse(text.contains("—>") || html.contains("&gt;"), "no comment debris");
        assertFalse(text.contains("P.S.") || text.contains("Publié") || text.contains("republished from"));
        assertFalse(text.contains("Date first published") || text.contains("Boise State"));
        assertEquals(List.of("h2", "h2", "h2", "h2"),
                cleaned.article().body().select("h1,h2,h3,h4,h5,h6").stream().map(h -> h.normalName()).toList(),
                "four sibling sections, \"Western pressure\" included");
        assertTrue(cleaned.article().body().child(0).text().startsWith("China is considering sending weapons"));
        assertTrue(cleaned.article().body().children().last().text().startsWith("However, research has shown"));
    }

    @Test
    void theWrapperBecameMetadata() {
        ArticleMeta m = cleaned.article().meta();
        assertEquals(read.meta().title(), m.title());
        // the sample is Markdown, read with typographic apostrophes by default
        assertEquals("Russia wants military aid from China - here\u2019s why this deal could help China, too", m.title());
        assertEquals("China and Russia\u2019s relationship is complex. But China\u2019s decision to support Russia\u2019s war on Ukraine "
                + "could ultimately come down to China\u2019s own political interests.", m.standfirst());
        assertEquals(1, m.authors().size());
        Author a = m.authors().get(0);
        assertEquals("Michael A. Allen", a.name());
        assertEquals("Boise State University", a.affiliation());
        assertEquals("Professor of Political Science", a.role());
        assertNotNull(a.bio());
        assertTrue(a.bio().startsWith("I research topics including power, war, and asymmetry"));
        assertTrue(a.bio().contains("Currently, I am part of a research team"));
        assertTrue(m.published().startsWith("2023-03-08"));
        assertEquals("2023-03-08T14:39:00+01:00", m.published());
        assertEquals("2023-03-21", m.republished());
        assertEquals("The Conversation", m.source().name());
        assertEquals(List.of(LicenseEvidence.of(LicenseEvidence.Place.NOTICE, "This article is republished from The "
                + "Conversation under a Creative Commons license. Read the original article.")), m.licenseEvidence());
    }

    @Test
    void theNameConflictIsReportedAsAWarning() {
        List<Notice> warnings = cleaned.article().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("ALEN Michael A.") && warnings.get(0).message().contains("Michael A. Allen"));
    }

    @Test
    void theArticlesWordsAreIntact() {
        assertTrue(cleaned.fidelity().passed(), cleaned.report());
        assertTrue(cleaned.fidelity().wordsAfter() > 900, "the article itself stays: " + cleaned.fidelity().report());
        assertEquals(cleaned.fidelity().wordsBefore() - cleaned.fidelity().wordsRemoved(), cleaned.fidelity().wordsAfter());
    }

    @Test
    void changingOneWordOfTheCleanedArticleFailsTheCheck() {
        var body = cleaned.article().bodyCopy();
        var p = body.select("p:contains(government)").first();
        String before = p.html();
        p.html(before.replaceFirst("government", "governments"));
        assertFalse(before.equals(p.html()), "the edit must change the text");
        BitSetRemovals removed = new BitSetRemovals(cleaned);
        FidelityResult f = FidelityCheck.compare(Words.of(read.body()), Words.of(body), removed.bits());
        assertFalse(f.passed());
        assertTrue(f.message().contains("[government]") && f.message().contains("[governments]"), f.message());
    }

    /** The original positions of every removed word, rebuilt from the removal records. */
    private record BitSetRemovals(CleaningResult result) {
        java.util.BitSet bits() {
            java.util.BitSet b = new java.util.BitSet();
            result.removals().stream().filter(r -> r.wordCount() > 0)
                    .forEach(r -> b.set(r.wordIndex(), r.wordIndex() + r.wordCount()));
            return b;
        }
    }
}
