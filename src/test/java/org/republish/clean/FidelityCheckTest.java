package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FidelityCheckTest {

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    @Test
    void wordsIgnoreMarkupPunctuationAndSpacing() {
        assertEquals(List.of("It's", "US", "75", "caf\u00E9", "don't"),
                Words.of(body("<p>It\u2019s <b>US</b>\\$75 \u2014 <i>cafe\u0301</i>,</p><p>don't</p>")));
        assertEquals(List.of("a", "b"), Words.of(body("<p>a</p><p>b</p>")), "blocks separate words");
        assertEquals(List.of("ab"), Words.of(body("<p>a<b>b</b></p>")), "inline markup does not");
        assertEquals(List.of("AT", "T"), Words.of("AT&amp;amp;T"));
    }

    @Test
    void changingOneWordFails() {
        FidelityResult f = FidelityCheck.check(body("<p>The quick brown fox jumps.</p>"),
                body("<p>The quick brown cat jumps.</p>"), List.of());
        assertFalse(f.passed());
        assertEquals(3, f.firstDifference());
        assertTrue(f.message().contains("[fox]") && f.message().contains("[cat]"), f.message());
    }

    @Test
    void caseAndDroppedOrAddedWordsFail() {
        assertFalse(FidelityCheck.check(body("<p>Paris</p>"), body("<p>paris</p>"), List.of()).passed());
        assertFalse(FidelityCheck.check(body("<p>a b c</p>"), body("<p>a c</p>"), List.of()).passed());
        assertFalse(FidelityCheck.check(body("<p>a b</p>"), body("<p>a b c</p>"), List.of()).passed());
    }

    @Test
    void markupAndPunctuationChangesPass() {
        FidelityResult f = FidelityCheck.check(body("<h2><strong>Title</strong></h2><p>\"It's\" - <a href=\"#\">ok</a>...</p>"),
                body("<h2>Title</h2><p>\u201CIt\u2019s\u201D \u2013 ok\u2026</p>"), List.of());
        assertTrue(f.passed(), f.report());
        assertEquals(3, f.wordsBefore());
    }

    @Test
    void reportedRemovalsMayLeaveButNothingElse() {
        Element before = body("<p>By Jane Doe</p><p>The article itself.</p><p>Donate now</p>");
        Element after = body("<p>The article itself.</p>");
        List<Removal> removals = List.of(new Removal("r", "byline", "By Jane Doe", 0, 3),
                new Removal("r", "appeal", "Donate now", 6, 2));
        assertTrue(FidelityCheck.check(before, after, removals).passed());
        assertFalse(FidelityCheck.check(before, after, removals.subList(0, 1)).passed(), "an unreported removal fails");
        List<Removal> wrongPlace = List.of(new Removal("r", "byline", "By Jane Doe", 1, 3),
                new Removal("r", "appeal", "Donate now", 6, 2));
        assertFalse(FidelityCheck.check(before, after, wrongPlace).passed(), "a removal must match the words where it says");
    }

    @Test
    void nothingToCompareNeverPasses() {
        assertFalse(FidelityCheck.check(body(""), body(""), List.of()).passed());
        Element before = body("<p>Only wrapper</p>");
        assertFalse(FidelityCheck.check(before, body(""), List.of(new Removal("r", "x", "Only wrapper", 0, 2))).passed());
    }
}
