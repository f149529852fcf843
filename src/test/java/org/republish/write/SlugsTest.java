package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void titleBecomesLowerCaseAsciiWords() {
        assertEquals("russia-wants-military-aid-from-china-heres-why-this-deal-could-help-china-too",
                Slugs.of("Russia wants military aid from China - here's why this deal could help China, too", "x"));
    }

    @Test
    void accentsAreFolded() {
        assertEquals("leconomie-francaise-a-lepreuve", Slugs.of("L'économie française à l'épreuve", "x"));
    }

    @Test
    void titleWithoutLatinLettersFallsBackToFileName() {
        assertEquals("my-article", Slugs.of("Война и мир", "My article"));
        assertEquals("article", Slugs.of("!!!", "???"));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40), "x");
        assertEquals(true, slug.length() <= 80 && !slug.endsWith("-"), slug);
    }
}
