package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;

/**
 * Republishers' wrappers as real copies carry them, in several languages:
 * notices, "about the author" boxes, page counters, "read more" boxes,
 * titles. Every rule accounts for the words it takes (Articles.applyTracked).
 */
class RepublicationWrapperTest {

    private static final String PROSE = "<p>The article's own first paragraph, long enough to be prose and to say "
            + "something about the subject at hand.</p><p>A second paragraph of the article.</p>";

    @Test
    void aNoticeGivesSourceOriginalAddressAndLicenceStatement() {
        Article in = Articles.of(PROSE + "<p>—</p><p>This <a href=\"https://www.aier.org/article/why-x/\">article</a> "
                + "appeared first on <em>AIER</em> under a <a href=\"https://creativecommons.org/licenses/by/4.0/legalcode\">"
                + "Creative Commons (CC BY 4.0) license</a>.</p><p>Image credit: <a href=\"https://www.pexels.com/p/1\">"
                + "Pexels</a></p>");
        TransformResult out = Articles.applyTracked(new ExtractRepublicationNotice(), in);
        ArticleMeta m = out.article().meta();
        assertEquals("AIER", m.source().name());
        assertEquals("https://www.aier.org/article/why-x/", m.originalUrl());
        LicenseEvidence e = m.licenseEvidence().get(0);
        assertEquals(LicenseEvidence.Place.NOTICE, e.place());
        assertEquals(List.of("https://creativecommons.org/licenses/by/4.0/legalcode"), e.links());
        assertTrue(Articles.html(out.article()).endsWith("<p>Image credit: <a href=\"https://www.pexels.com/p/1\">Pexels</a></p>"),
                "the picture credit stays: " + Articles.html(out.article()));
        assertEquals(1, out.removals().size());
    }

    @Test
    void noticesInTheLanguagesOfTheConversationsEditions() {
        String[][] cases = {
            {"<p>Cet article est republié à partir de <a href=\"https://theconversation.com/fr\">The Conversation</a> "
                    + "sous licence Creative Commons. Lire l’<a href=\"https://theconversation.com/x-1\">article original</a>.</p>",
                "The Conversation", "https://theconversation.com/x-1"},
            {"<p>Este artículo fue publicado originalmente en <a href=\"https://theconversation.com\">The Conversation</a>. "
                    + "Lea el <a href=\"https://theconversation.com/y-2\">original</a>.</p>",
                "The Conversation", "https://theconversation.com/y-2"},
            {"<p>Dieser Artikel erschien zuerst bei netzpolitik.org unter der Lizenz CC BY-NC-SA 4.0.</p>", "netzpolitik.org", null},
            {"<p>Artikel ini diterbitkan ulang dari <a href=\"https://theconversation.com/id\">The Conversation</a> di "
                    + "bawah lisensi Creative Commons. Baca <a href=\"https://theconversation.com/z-3\">artikel aslinya</a>.</p>",
                "The Conversation", "https://theconversation.com/z-3"},
        };
        for (String[] c : cases) {
            TransformResult out = Articles.applyTracked(new ExtractRepublicationNotice(), Articles.of(PROSE + c[0]));
            ArticleMeta m = out.article().meta();
            assertEquals(c[1], m.source() == null ? null : m.source().name(), c[0]);
            assertEquals(c[2], m.originalUrl(), c[0]);
            assertEquals(1, out.removals().size(), c[0]);
        }
    }

    @Test
    void aSignOffInTheNoticesBlockCreditsTheAuthor() {
        Article in = Articles.of(PROSE + "<p><em><a href=\"https://theconversation.com/profiles/mia-bloom-1\">Mia Bloom</a>, "
                + "Professor of Communication, <a href=\"http://theconversation.com/institutions/gsu-957\">Georgia State "
                + "University</a>. This article was originally published on <a href=\"http://theconversation.com\">The "
                + "Conversation</a>. Read the <a href=\"https://theconversation.com/the-islamic-state-78217\">original "
                + "article</a>.</em></p>", new ArticleMeta.Builder().title("T").authors(List.of(Author.named("Mia Bloom"))).build());
        TransformResult out = Articles.applyTracked(new ExtractRepublicationNotice(), in);
        Author a = out.article().meta().authors().get(0);
        assertEquals("Georgia State University", a.affiliation());
        assertEquals("Professor of Communication", a.role());
        assertEquals("https://theconversation.com/the-islamic-state-78217", out.article().meta().originalUrl());
        assertEquals("The Conversation", out.article().meta().source().name());
    }

    @Test
    void theArticlesOwnSentencesAreNeverTakenForANotice() {
        Article last = Articles.of(PROSE + "<p>The study was first published in Nature in 2019, and its authors have "
                + "since reprinted with permission the main figure.</p>");
        assertEquals(0, Articles.applyTracked(new ExtractRepublicationNotice(), last).removals().size());
        StringBuilder longer = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            longer.append("<p>Paragraph ").append(i).append(" of a long article.</p>");
        }
        // in the middle of the article, even a notice-like sentence stays where it is
        Article middle = Articles.of(longer.substring(0, longer.length() / 2)
                + "<p>This article was originally published on Example News.</p>" + longer.substring(longer.length() / 2));
        assertEquals(0, Articles.applyTracked(new ExtractRepublicationNotice(), middle).removals().size());
    }

    @Test
    void anAboutTheAuthorBoxInsideTheArticleGoesToTheAuthor() {
        Article in = Articles.of("<p>First part of the article, which goes on for a while.</p><h2>About the author</h2>"
                + "<p>Aashis Luitel is an Associate Teaching Professor of Artificial Intelligence, University of the "
                + "Cumberlands. This article is republished from The Conversation under a Creative Commons license. "
                + "Read the original article .</p><p>The rest of the article, which the scrape put after the box.</p>");
        TransformResult out = Articles.applyTracked(new ExtractAboutTheAuthor(), in);
        ArticleMeta m = out.article().meta();
        assertEquals("Aashis Luitel", m.authors().get(0).name());
        assertTrue(m.authors().get(0).bio().startsWith("Aashis Luitel is an Associate Teaching Professor"));
        assertEquals("The Conversation", m.source().name());
        assertEquals(LicenseEvidence.Place.NOTICE, m.licenseEvidence().get(0).place());
        assertEquals("<p>First part of the article, which goes on for a while.</p><p>The rest of the article, which the "
                + "scrape put after the box.</p>", Articles.html(out.article()));
    }

    @Test
    void pageCountersLeaveAndTheirAddressIsKept() {
        Article in = Articles.of("<p>Until these incentives change, hallucinations will persist.<img src=\"https://"
                + "counter.theconversation.com/content/265107/count.gif?distributor=republish-lightbox-basic\" "
                + "alt=\"The Conversation\"></p><p><img src=\"chart.png\" alt=\"A chart\"></p>");
        Article out = Articles.apply(new DropTrackingPixels(), in);
        assertEquals("<p>Until these incentives change, hallucinations will persist.</p><p><img src=\"chart.png\" "
                + "alt=\"A chart\"></p>", Articles.html(out));
        assertTrue(out.meta().extra().get(DropTrackingPixels.COUNTER_KEY).contains("/content/265107/"));
    }

    @Test
    void readMoreBoxesAndSetApartAppealsLeaveButProseStays() {
        Article in = Articles.of("<p>First.</p>"
                + "<p><strong>Related: <a href=\"https://www.sciencealert.com/why\">Why Does AI Feel So Human if It's "
                + "Just a 'Calculator For Words'?</a></strong></p>"
                + "<p>Lire aussi : <a href=\"https://theconversation.com/fr/a\">Un autre article</a></p>"
                + "<p>[ <em>You’re smart and curious about the world.</em> <a href=\"https://theconversation.com/ca/"
                + "newsletters\">You can read us daily by subscribing to our newsletter</a>. ]</p>"
                + "<p>Our survey asked readers whether they subscribe to our newsletter, and most said no.</p>"
                + "<p>Last.</p>");
        TransformResult out = Articles.applyTracked(new DropInsertedBoxes(), in);
        assertEquals("<p>First.</p><p>Our survey asked readers whether they subscribe to our newsletter, and most said "
                + "no.</p><p>Last.</p>", Articles.html(out.article()));
        assertEquals(3, out.removals().size());
    }

    @Test
    void theArticlesOwnHeadline() {
        Article prefixed = Articles.of("<p>Body.</p>", new ArticleMeta.Builder()
                .title("Re-Posted from the Conversation: Historians’ archival research looks quite different").build());
        assertEquals("Historians’ archival research looks quite different",
                Articles.applyTracked(new SettleRepublishedTitle(), prefixed).article().meta().title());

        Article wrapped = Articles.of("<h1>Music recommendation algorithms are unfair to female artists</h1><p>Body.</p>",
                new ArticleMeta.Builder().title("The Conversation article on our CHIIR 2021 paper")
                        .evidence(LicenseEvidence.of(LicenseEvidence.Place.NOTICE, "This article is republished from "
                                + "The Conversation under a Creative Commons license.")).build());
        TransformResult out = Articles.applyTracked(new SettleRepublishedTitle(), wrapped);
        assertEquals("Music recommendation algorithms are unfair to female artists", out.article().meta().title());
        assertEquals("<p>Body.</p>", Articles.html(out.article()));

        Article ownPost = Articles.of("<h1>A section heading</h1><p>Body.</p>", new ArticleMeta.Builder().title("My post").build());
        assertEquals("My post", Articles.applyTracked(new SettleRepublishedTitle(), ownPost).article().meta().title(),
                "without a notice, a heading in the body is not a republished headline");
    }

    @Test
    void aTitleFromTheOriginalAddressIsSpelledAsTheTextSpellsItsWords() {
        assertEquals("Why OpenAI's solution to AI hallucinations would kill ChatGPT tomorrow",
                SettleRepublishedTitle.fromSlug("https://theconversation.com/why-openais-solution-to-ai-hallucinations-"
                        + "would-kill-chatgpt-tomorrow-265107", "OpenAI's latest research paper says AI models, like "
                        + "ChatGPT, guess. The solution is costly."));
        assertNull(SettleRepublishedTitle.fromSlug("https://example.org/?p=3185", "text"));
    }

    @Test
    void aSignOffCanCreditSeveralAuthors() {
        List<Author> authors = ExtractAuthorSignOff.parseAll("Christine Bauer, Assistant Professor of Human Centred "
                + "Computing, Utrecht University and Andrés Ferraro, PhD Candidate, Information and Communication "
                + "Technologies, Universitat Pompeu Fabra", ArticleMeta.empty());
        assertEquals(List.of("Christine Bauer", "Andrés Ferraro"), authors.stream().map(Author::name).toList());
        assertEquals("Universitat Pompeu Fabra", authors.get(1).affiliation());
        assertEquals("PhD Candidate, Information and Communication Technologies", authors.get(1).role());
        assertEquals(List.of("Wei Xing"), ExtractAuthorSignOff.parseAll("Wei Xing, Assistant Professor, School of "
                + "Mathematical and Physical Sciences, University of Sheffield", ArticleMeta.empty())
                .stream().map(Author::name).toList(), "an \"and\" inside a school's name joins no authors");
        assertEquals(List.of("Luis Gascó", "Antonio Miranda-Escalada", "Salvador Lima López"), ExtractAuthorSignOff.parseAll(
                "Luis Gascó, Text Mining Research Engineer, Barcelona Supercomputing Center; Antonio Miranda-Escalada, "
                        + "NLP Research Engineer, Barcelona Supercomputing Center y Salvador Lima López, Lingüista "
                        + "Computacional, Barcelona Supercomputing Center", ArticleMeta.empty())
                .stream().map(Author::name).toList());
    }

    @Test
    void aWrittenByLineCreditsEveryAuthorOverAPlaceholder() {
        Article in = Articles.of("<p>Article written by: Christine Bauer, Utrecht University and Andrés Ferraro, "
                + "Universitat Pompeu Fabra</p><p>Body.</p>", new ArticleMeta.Builder().title("T")
                .authors(List.of(Author.named("admin"))).build());
        TransformResult out = Articles.applyTracked(new ExtractRepublisherByline(), in);
        assertEquals(List.of("Christine Bauer", "Andrés Ferraro"),
                out.article().meta().authors().stream().map(Author::name).toList());
        assertEquals("<p>Body.</p>", Articles.html(out.article()));
    }

    @Test
    void aFrenchCopyInTheSamplesStyle() {
        Article in = Articles.of("<p>Vendredi 12 mai 2023, par <a href=\"#\">MARCHAND Élise</a> (Date de première "
                + "publication : 3 mai 2023)</p><p><strong>Les prix de l'énergie ont doublé en un an, et les ménages "
                + "modestes en paient le prix le plus lourd.</strong></p><p>Le chauffage coûte désormais 12 \\€ de plus "
                + "par mois.</p><p>Élise Marchand, Maîtresse de conférences, Université de Lille</p><p>Cet article est "
                + "republié à partir de <a href=\"https://theconversation.com/fr\">The Conversation</a> sous licence "
                + "Creative Commons. Lire l’<a href=\"https://theconversation.com/x-12\">article original</a>.</p>",
                new ArticleMeta.Builder().title("Titre").lang("fr").build());
        CleaningResult out = Cleaning.standard().unwrap(in);
        assertTrue(out.fidelity().passed(), out.report());
        ArticleMeta m = out.article().meta();
        assertEquals("2023-05-12", m.republished());
        assertEquals("2023-05-03", m.published());
        assertEquals("Élise Marchand", m.authors().get(0).name());
        assertEquals("Université de Lille", m.authors().get(0).affiliation());
        assertTrue(m.standfirst().startsWith("Les prix de l'énergie"), m.standfirst());
        assertEquals("The Conversation", m.source().name());
        assertEquals("https://theconversation.com/x-12", m.originalUrl());
        assertEquals("<p>Le chauffage coûte désormais 12 € de plus par mois.</p>", Articles.html(out.article()));
    }

    @Test
    void fieldsAReadLaterToolSavedWithTheArticle() {
        Article in = Articles.of("<p>Author: [[Jane Doe]] URL: https://news.example.org/a-story Tags: [[energy]] "
                + "[[prices]] Show tags</p><p>The article's first paragraph.</p><p>Show tags</p>",
                new ArticleMeta.Builder().title("T").build());
        TransformResult out = Articles.applyTracked(new ExtractExportMetadata(), in);
        ArticleMeta m = out.article().meta();
        assertEquals(List.of(Author.named("Jane Doe")), m.authors());
        assertEquals("https://news.example.org/a-story", m.originalUrl());
        assertEquals(List.of("energy", "prices"), m.tags());
        assertEquals("<p>The article's first paragraph.</p>", Articles.html(out.article()));

        Article prose = Articles.of("<p>Source: the ministry's own figures, which nobody had read until last week, "
                + "show a rise.</p><p>More.</p>");
        assertEquals(0, Articles.applyTracked(new ExtractExportMetadata(), prose).removals().size());
    }
}
