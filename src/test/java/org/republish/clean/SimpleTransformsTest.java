package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;

/** The markup-level transforms on small inputs. */
class SimpleTransformsTest {

    @Test
    void deadLinksBecomeTextAndLiveLinksStay() {
        Article in = Articles.of("<p><a href=\"#\">hash</a> <a href=\"\">empty</a> <a href=\"javascript:void(0)\">js</a> "
                + "<a>none</a> <a href=\"https://example.org/\">live</a> <a href=\"#sec\">in-page</a> <a id=\"x\"></a></p>");
        Article out = Articles.apply(new UnwrapDeadLinks(), in);
        assertEquals("<p>hash empty js none <a href=\"https://example.org/\">live</a> <a href=\"#sec\">in-page</a> <a id=\"x\"></a></p>",
                Articles.html(out));
        Notice n = out.notices().get(0);
        assertEquals("UnwrapDeadLinks", n.rule());
        assertEquals(4, n.count());
        assertEquals("<a href=\"#\">hash</a>", n.example());
    }

    @Test
    void articleWithoutDeadLinksIsReturnedAsIs() {
        Article in = Articles.of("<p><a href=\"https://example.org/\">live</a></p>");
        assertSame(in, new UnwrapDeadLinks().apply(in));
    }

    @Test
    void escapeArtefactsAreResolvedInProseButNotInCode() {
        Article in = Articles.of("<p>US\\\\$75 and US\\$5, \\*not bold\\*, snake\\_case, a\\#tag, C:\\Users, "
                + "\\(x\\), AT&amp;amp;T, &amp;eacute;t&amp;eacute;</p><pre><code>grep \\$HOME</code></pre>");
        Article out = Articles.apply(new ResolveEscapeArtefacts(), in);
        assertEquals("US$75 and US$5, *not bold*, snake_case, a#tag, C:\\Users, \\(x\\), AT&T, été", out.body().child(0).text());
        assertEquals("grep \\$HOME", out.body().selectFirst("code").text());
        assertTrue(out.notices().get(0).count() >= 7);
    }

    @Test
    void emphasisWrappingAWholeHeadingIsFlattened() {
        Article in = Articles.of("<h2><strong>Whole</strong></h2><h3> <em><b>Nested</b></em> </h3><h2>Part <em>of</em> it</h2>");
        Article out = Articles.apply(new FlattenHeadingEmphasis(), in);
        assertEquals("<h2>Whole</h2><h3>Nested</h3><h2>Part <em>of</em> it</h2>", Articles.html(out));
        assertEquals(2, out.notices().get(0).count());
    }

    @Test
    void whitespaceAndUnicodeAreNormalised() {
        Article in = Articles.of("<p>  Cafe\u0301\u200B   au\u00A0lait\u0007 </p><p> </p><p></p><p><img src=\"a.png\"></p>"
                + "<pre>  keep   this  </pre>");
        Article out = Articles.apply(new NormalizeWhitespaceAndUnicode(), in);
        // text() would turn the no-break space into a space: read the text as stored
        assertEquals("Caf\u00E9 au\u00A0lait", out.body().child(0).wholeText());
        assertEquals(3, out.body().children().size(), "the two empty paragraphs are gone, the image stays");
        assertEquals("  keep   this  ", out.body().selectFirst("pre").wholeText());
    }

    @Test
    void typographySetsQuotesDashesAndEllipses() {
        Article in = Articles.of("<p>\"Quoted\" and 'single' - it's <code>drake</code>'s time... in the '90s</p>"
                + "<p><code>x = \"raw\"</code></p>");
        Article out = Articles.apply(new Typography(), in);
        assertEquals("\u201CQuoted\u201D and \u2018single\u2019 \u2013 it\u2019s drake\u2019s time\u2026 in the \u201990s",
                out.body().child(0).text());
        assertEquals("x = \"raw\"", out.body().child(1).text());
        FidelityResult f = FidelityCheck.check(in.body(), out.body(), java.util.List.of());
        assertTrue(f.passed(), f.report());
    }

    @Test
    void typographyAddsFrenchSpacingOnlyForFrench() {
        ArticleMeta fr = new ArticleMeta.Builder().title("T").lang("fr").build();
        Article out = Articles.apply(new Typography(), Articles.of("<p>Vraiment ? Oui : « non » ; bien!</p>", fr));
        assertEquals("Vraiment\u202F? Oui\u202F: «\u00A0non\u00A0»\u202F; bien\u202F!", out.body().child(0).wholeText());
        Article en = Articles.apply(new Typography(), Articles.of("<p>Really ? Yes : ok!</p>"));
        assertEquals("Really ? Yes : ok!", en.body().child(0).text());
    }

    @Test
    void commentDebrisIsDroppedButABareUrlParagraphStays() {
        Article in = Articles.of("<p>Text.</p><p><a href=\"http://x.org/guide\">http://x.org/guide</a> \u2014&gt;</p>"
                + "<p>--&gt;</p><p><a href=\"http://x.org/ref\">http://x.org/ref</a></p>");
        TransformResult out = Articles.applyTracked(new DropCommentDebris(), in);
        assertEquals("<p>Text.</p><p><a href=\"http://x.org/ref\">http://x.org/ref</a></p>", Articles.html(out.article()));
        assertEquals(2, out.removals().size());
    }
}
