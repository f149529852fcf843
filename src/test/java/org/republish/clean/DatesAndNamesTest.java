package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesAndNamesTest {

    @Test
    void englishAndFrenchDatesBecomeIso() {
        assertEquals(Optional.of("2023-03-21"), DateParsing.parse("21 March 2023"));
        assertEquals(Optional.of("2023-03-21"), DateParsing.parse("Tuesday 21 March 2023"));
        assertEquals(Optional.of("2023-03-08"), DateParsing.parse("March 8, 2023"));
        assertEquals(Optional.of("2023-03-08"), DateParsing.parse("2023-03-08"));
        assertEquals(Optional.of("2023-03-08T14:39:00+01:00"), DateParsing.parse("8 mars 2023, 14:39 CET."));
        assertEquals(Optional.of("2023-08-01T09:05:00+02:00"), DateParsing.parse("mardi 1er août 2023 à 9h05 CEST"));
        assertEquals(Optional.of("2023-03-08T14:39:00"), DateParsing.parse("8 March 2023 14:39"));
        assertEquals(Optional.of("2023-03-08T14:39:00"), DateParsing.parse("March 8, 2023 2:39 pm"));
    }

    @Test
    void notDatesAreRejected() {
        assertEquals(Optional.empty(), DateParsing.parse("31 February 2023"));
        assertEquals(Optional.empty(), DateParsing.parse("8 Marchy 2023"));
        assertEquals(Optional.empty(), DateParsing.parse("published 8 March 2023"));
        assertEquals(Optional.empty(), DateParsing.parse(null));
    }

    @Test
    void datesAreFoundInsideText() {
        var found = DateParsing.findAll("Tuesday 21 March 2023, by X (Date first published: 8 March 2023).");
        assertEquals(2, found.size());
        assertEquals("2023-03-21", found.get(0).iso());
        assertEquals(0, found.get(0).start());
        assertEquals("2023-03-08", found.get(1).iso());
    }

    @Test
    void surnameFirstCapitalsArePutInReadingOrder() {
        assertEquals("Michael A. Alen", PersonNames.readingOrder("ALEN Michael A."));
        assertEquals("Jean-Luc Le Guen", PersonNames.readingOrder("LE GUEN Jean-Luc"));
        assertEquals("Michael A. Allen", PersonNames.readingOrder("Michael A. Allen"));
        assertEquals("NASA", PersonNames.readingOrder("NASA"));
    }

    @Test
    void sameNameFormsAreRecognisedAndDifferentPeopleAreNot() {
        assertTrue(PersonNames.samePerson("ALEN Michael A.", "Michael A. Allen"));
        assertTrue(PersonNames.samePerson("Michael Allen", "Michael A. Allen"));
        assertTrue(PersonNames.samePerson("M. A. Allen", "Michael A. Allen"));
        assertFalse(PersonNames.samePerson("Michael A. Allen", "Michelle A. Allen"));
        assertFalse(PersonNames.samePerson("Michael A. Allen", "Michael A. Alder"));
        assertFalse(PersonNames.samePerson("Ann Li", "Ann Lu"));
    }

    @Test
    void personNamesLookLikeNames() {
        assertTrue(PersonNames.looksLikeName("Michael A. Allen"));
        assertTrue(PersonNames.looksLikeName("Ursula von der Leyen"));
        assertFalse(PersonNames.looksLikeName("Professor"));
        assertFalse(PersonNames.looksLikeName("the end of it"));
    }
}
