package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.republish.model.Article;

/** Heading outline and contents lists. */
class StructureTransformsTest {

    private static String levels(Article a) {
        return String.join(",", a.body().select("h1,h2,h3,h4,h5,h6").stream().map(h -> h.normalName()).toList());
    }

    @Test
    void bodyStartsAtH2AndSkipsNoLevel() {
        Article in = Articles.of("<h1>A</h1><p>x</p><h3>A.1</h3><p>x</p><h1>B</h1><h4>B.1</h4><h5>B.1.1</h5><h3>B.2</h3>");
        Article out = Articles.apply(new NormalizeHeadingLevels(), in);
        assertEquals("h2,h3,h2,h3,h4,h3", levels(out));
    }

    @Test
    void aConsistentOutlineIsLeftAlone() {
        Article in = Articles.of("<h2>A</h2><p>x</p><h3>A.1</h3><p>x</p><h3>A.2</h3><h2>B</h2>");
        assertSame(in, new NormalizeHeadingLevels().apply(in));
    }

    @Test
    void aLoneLastSubheadingAfterSeveralSectionsIsASibling() {
        Article in = Articles.of("<h2>A</h2><p>a</p><h2>B</h2><p>b</p><h2>C</h2><p>c1</p><p>c2</p><p>c3</p><h3>D</h3><p>d</p>");
        Article out = Articles.apply(new NormalizeHeadingLevels(), in);
        assertEquals("h2,h2,h2,h2", levels(out));
        assertTrue(out.notices().get(0).example().contains("sibling"));
    }

    @Test
    void aFlatContentsListTestifiesThatALoneSubheadingIsASibling() {
        Article in = Articles.of("<h2>Contents</h2><ul><li><a href=\"#\">A</a></li><li><a href=\"#\">B</a></li></ul>"
                + "<h2>A</h2><p>a</p><h3>B</h3><p>b</p>");
        // only two sections and one paragraph: the structural guess alone would not fire; the list decides
        Article out = Articles.apply(new NormalizeHeadingLevels(), in);
        assertEquals("h2,h2,h2", levels(out));
    }

    @Test
    void aLoneSubheadingRightUnderItsSectionStaysASubsection() {
        Article in = Articles.of("<h2>A</h2><p>a</p><h2>B</h2><h3>B.1</h3><p>b</p><h2>C</h2><p>c</p>");
        assertSame(in, new NormalizeHeadingLevels().apply(in));
        Article notLast = Articles.of("<h2>A</h2><p>a</p><h2>B</h2><p>1</p><p>2</p><p>3</p><h3>B.1</h3><p>b</p><h2>C</h2><p>c</p>");
        assertSame(notLast, new NormalizeHeadingLevels().apply(notLast));
    }

    @Test
    void aContentsListOfDeadLinksNamingLaterHeadingsIsDropped() {
        Article in = Articles.of("<p>Intro.</p><h2>Table of contents</h2><ul><li><a href=\"#\">First part</a></li>"
                + "<li><a href=\"#second\">Second part</a></li></ul><h2>First part</h2><p>x</p><h2 id=\"second\">Second part</h2><p>y</p>");
        TransformResult out = Articles.applyTracked(new DropContentsList(), in);
        assertEquals("<p>Intro.</p><h2>First part</h2><p>x</p><h2 id=\"second\">Second part</h2><p>y</p>", Articles.html(out.article()));
        assertEquals(2, out.removals().size());
    }

    @Test
    void aBareContentsListAtTheTopIsDropped() {
        Article in = Articles.of("<ul><li><a href=\"#a\">Alpha</a></li><li><a href=\"#b\">Beta</a></li></ul>"
                + "<h2 id=\"a\">Alpha</h2><p>x</p><h2 id=\"b\">Beta</h2><p>y</p>");
        TransformResult out = Articles.applyTracked(new DropContentsList(), in);
        assertEquals("h2", out.article().body().child(0).normalName());
    }

    @Test
    void listsThatAreContentStay() {
        Article liveLinks = Articles.of("<h2>Contents</h2><ul><li><a href=\"https://a.org\">Alpha</a></li></ul><h2>Alpha</h2><p>x</p>");
        assertSame(liveLinks, new DropContentsList().apply(liveLinks));
        Article notHeadings = Articles.of("<ul><li><a href=\"#\">Buy</a></li><li><a href=\"#\">Sell</a></li></ul><h2>Alpha</h2><p>x</p>");
        assertSame(notHeadings, new DropContentsList().apply(notHeadings));
        Article plainList = Articles.of("<ul><li>Alpha</li><li>Beta</li></ul><h2>Alpha</h2><h2>Beta</h2>");
        assertSame(plainList, new DropContentsList().apply(plainList));
    }
}
