package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;

/** The republisher's wrapper becomes metadata; the article's words are accounted for. */
class WrapperTransformsTest {

    @Test
    void bylineGivesDatesAndAnAuthorCandidate() {
        Article in = Articles.of("<p>Tuesday 21 March 2023, by <a href=\"#\">ALEN Michael A.</a> (Date first published: 8 March 2023).</p>"
                + "<p>Body.</p>");
        TransformResult out = Articles.applyTracked(new ExtractRepublisherByline(), in);
        ArticleMeta m = out.article().meta();
        assertEquals("2023-03-21", m.republished());
        assertEquals("2023-03-08", m.published());
        assertEquals(List.of(Author.named("Michael A. Alen")), m.authors());
        assertEquals("ALEN Michael A.", m.extra().get(AuthorCredits.BYLINE_KEY));
        assertEquals("<p>Body.</p>", Articles.html(out.article()));
        assertEquals(1, out.removals().size());
    }

    @Test
    void aSentenceThatMentionsADateIsNotAByline() {
        Article in = Articles.of("<p>On 21 March 2023, by Tuesday Morning, the ministers met to agree.</p><p>More.</p>");
        assertSame(in, new ExtractRepublisherByline().apply(in));
        Article plain = Articles.of("<p>By 2023 nothing was left.</p>");
        assertSame(plain, new ExtractRepublisherByline().apply(plain));
    }

    @Test
    void aSimpleBylineDatesTheArticle() {
        TransformResult out = Articles.applyTracked(new ExtractRepublisherByline(),
                Articles.of("<p>By Jane Doe, March 8, 2023</p><p>Body.</p>"));
        assertEquals("2023-03-08", out.article().meta().published());
        assertNull(out.article().meta().republished());
        assertEquals("Jane Doe", out.article().meta().authors().get(0).name());
    }

    @Test
    void aWhollyBoldLeadBecomesTheStandfirst() {
        Article in = Articles.of("<p><strong>A lead paragraph that is long enough to be a real standfirst.</strong></p><p>Body.</p>");
        TransformResult out = Articles.applyTracked(new ExtractLeadStandfirst(), in);
        assertEquals("A lead paragraph that is long enough to be a real standfirst.", out.article().meta().standfirst());
        assertEquals("<p>Body.</p>", Articles.html(out.article()));
        Article partly = Articles.of("<p><strong>Partly bold</strong> lead paragraph that is long enough to count.</p><p>Body.</p>");
        assertSame(partly, new ExtractLeadStandfirst().apply(partly));
        Article shortBold = Articles.of("<p><strong>Note:</strong></p><p>Body.</p>");
        assertSame(shortBold, new ExtractLeadStandfirst().apply(shortBold));
    }

    @Test
    void signOffCreditsTheAuthorAndItsNameFormWinsOverTheByline() {
        ArticleMeta meta = new ArticleMeta.Builder().title("T").authors(List.of(Author.named("Michael A. Alen")))
                .extra(AuthorCredits.BYLINE_KEY, "ALEN Michael A.").build();
        Article in = Articles.of("<p>Article text.</p><p><a href=\"#\">Michael A. Allen</a>, Professor of Political Science, "
                + "<a href=\"#\">Boise State University</a></p><p><a href=\"http://x.org/g\">http://x.org/g</a> —&gt;</p>", meta);
        TransformResult out = Articles.applyTracked(new ExtractAuthorSignOff(), in);
        Author a = out.article().meta().authors().get(0);
        assertEquals(new Author("Michael A. Allen", "Boise State University", "Professor of Political Science", null), a);
        List<Notice> warnings = out.article().warnings();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("ALEN Michael A."), warnings.get(0).message());
        assertEquals(3 - 1, out.article().body().children().size());
    }

    @Test
    void aClosingLineThatIsNotASignOffStays() {
        Article thanks = Articles.of("<p>Text.</p><p>Thanks, Scott</p>");
        assertSame(thanks, new ExtractAuthorSignOff().apply(thanks));
        Article list = Articles.of("<p>Text.</p><p>Apples, Pears, Plums</p>");
        assertSame(list, new ExtractAuthorSignOff().apply(list));
        // a different person than the credited author is not taken as the author
        ArticleMeta meta = new ArticleMeta.Builder().title("T").authors(List.of(Author.named("Karthik Ram"))).build();
        Article other = Articles.of("<p>Text.</p><p>Jane Doe, Lecturer, University of Bath</p>", meta);
        assertSame(other, new ExtractAuthorSignOff().apply(other));
    }

    @Test
    void postscriptGivesSourceDateLicenceAndBioAndDropsTheAppeal() {
        ArticleMeta meta = new ArticleMeta.Builder().title("T").published("2023-03-08")
                .authors(List.of(Author.named("Michael A. Allen"))).build();
        Article in = Articles.of("<p>Article.</p><hr><h3><strong>P.S.</strong></h3>"
                + "<p>• The Conversation. Publié: 8 mars 2023, 14:39 CET.</p>"
                + "<p>This article is republished from <a href=\"#\">The Conversation</a> under a Creative Commons license. "
                + "Read the <a href=\"https://theconversation.com/x-123\">original article</a>.</p>"
                + "<p>• Michael A. Allen, Boise State University</p>"
                + "<p>Michael A. Allen. I research power.</p><p>Currently, I work on grants.</p>"
                + "<ul><li>We can give away our articles thanks to readers like you. <a href=\"#\">Donate Now</a></li></ul>", meta);
        TransformResult out = Articles.applyTracked(new ExtractPostscript(), in);
        ArticleMeta m = out.article().meta();
        assertEquals("<p>Article.</p>", Articles.html(out.article()));
        assertEquals("2023-03-08T14:39:00+01:00", m.published());
        assertEquals("The Conversation", m.source().name());
        assertEquals("https://theconversation.com/x-123", m.originalUrl());
        assertEquals(LicenseEvidence.Place.NOTICE, m.licenseEvidence().get(0).place());
        assertTrue(m.licenseEvidence().get(0).text().startsWith("This article is republished from The Conversation"));
        Author a = m.authors().get(0);
        assertEquals("Boise State University", a.affiliation());
        assertEquals("I research power.\n\nCurrently, I work on grants.", a.bio());
    }

    @Test
    void unknownTextInAPostscriptIsKept() {
        Article in = Articles.of("<p>Article.</p><h3>P.S.</h3><p>This article is republished under a Creative Commons licence.</p>"
                + "<p>My grandmother's recipe follows here.</p>");
        TransformResult out = Articles.applyTracked(new ExtractPostscript(), in);
        assertEquals("<p>Article.</p><h3>P.S.</h3><p>My grandmother's recipe follows here.</p>", Articles.html(out.article()));
        assertEquals(1, out.article().warnings().size());
    }

    @Test
    void trailingAppealsGoOnlyWhenSetApartOrWrapped() {
        Article own = Articles.of("<p>Text.</p><p>You can support us by making a donation to the project.</p>");
        assertSame(own, new DropTrailingAppeals().apply(own));
        Article setApart = Articles.of("<p>Text.</p><hr><p>Follow us on Mastodon.</p><p>Donate now!</p>");
        TransformResult out = Articles.applyTracked(new DropTrailingAppeals(), setApart);
        assertEquals("<p>Text.</p>", Articles.html(out.article()));
        Article middle = Articles.of("<p>Text.</p><hr><p>Donate now!</p><p>More article text.</p>");
        assertSame(middle, new DropTrailingAppeals().apply(middle));
    }
}
