package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.republish.model.License;

class LicenseDetectorTest {

    /** Real phrasings from articles, footers and front matter, and look-alikes that must not match. */
    @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
    @CsvFileSource(resources = "/license/phrasings.tsv", delimiter = '\t')
    void detects(String mode, String input, String expected, String kind) {
        Optional<LicenseMatch> found = switch (mode) {
            case "value" -> LicenseDetector.fromValue(input);
            case "url" -> LicenseDetector.fromUrl(input);
            case "text" -> LicenseDetector.fromText(input);
            default -> throw new IllegalArgumentException(mode);
        };
        if (expected.equals("NONE")) {
            assertTrue(found.isEmpty(), () -> "expected no licence, got " + found.get());
            return;
        }
        assertTrue(found.isPresent(), "expected " + expected);
        LicenseMatch m = found.get();
        assertEquals(LicenseMatch.Kind.valueOf(kind), m.kind(), m::toString);
        if (expected.equals("GENERIC")) {
            assertNull(m.license());
        } else {
            assertEquals(expected, m.license().spdxId(), m::toString);
        }
        assertFalse(m.evidence().isBlank());
        if (!expected.equals("GENERIC") && mode.equals("text")) {
            // The evidence is the matched phrase, quoted from the input.
            assertTrue(input.contains(m.evidence()), () -> m.evidence() + " not in input");
        }
    }

    @Test
    void versionAssumedIsSaidInTheNote() {
        LicenseMatch m = LicenseDetector.fromText("Licensed under CC BY-ND.").orElseThrow();
        assertEquals("CC-BY-ND-4.0", m.license().spdxId());
        assertTrue(m.note().contains("assumed 4.0"), m.note());
        assertTrue(m.explanation().contains("CC BY-ND"), m.explanation());
    }

    @Test
    void deedUrlAndShortNameComeFromTheCatalogue() {
        License l = LicenseDetector.fromValue("cc by-nd 4.0").orElseThrow().license();
        assertEquals(new License("CC-BY-ND-4.0", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"), l);
        assertTrue(l.noDerivatives());
        assertFalse(l.nonCommercial());
    }

    @Test
    void statementBeatsImageCreditAndGenericBeatsNothing() {
        String text = """
                Map data © OpenStreetMap contributors, [CC-BY-SA](https://creativecommons.org/licenses/by-sa/2.0/), Imagery © Mapbox

                This article is republished from The Conversation under a Creative Commons license.
                """;
        LicenseMatch m = LicenseDetector.fromText(text).orElseThrow();
        assertTrue(m.isGeneric(), m::toString);
        assertTrue(LicenseDetector.findAll(text).stream().anyMatch(LicenseDetector.Found::mediaCredit));
    }

    @Test
    void exactStatementBeatsAssumedVersionAndOthersAreNoted() {
        String text = "Licensed under CC BY. The full terms: [CC BY 3.0](https://creativecommons.org/licenses/by/3.0/)."
                + " An older page said CC BY-SA 2.0.";
        LicenseMatch m = LicenseDetector.fromText(text).orElseThrow();
        assertEquals("CC-BY-3.0", m.license().spdxId());
        assertNotNull(m.note());
        assertTrue(m.note().contains("CC BY-SA 2.0"), m.note());
    }

    @Test
    void catalogueHoldsSixTypesInFourVersionsAndCc0() {
        assertEquals(25, Licenses.all().size());
        for (String v : new String[] {"4.0", "3.0", "2.5", "2.0"}) {
            for (String t : new String[] {"BY", "BY-SA", "BY-ND", "BY-NC", "BY-NC-SA", "BY-NC-ND"}) {
                License l = Licenses.byId("CC-" + t + "-" + v).orElseThrow();
                assertEquals("CC " + t + " " + v, l.shortName());
                assertEquals("https://creativecommons.org/licenses/" + t.toLowerCase() + "/" + v + "/", l.url());
            }
        }
        assertEquals("https://creativecommons.org/publicdomain/zero/1.0/", Licenses.byId("cc0-1.0").orElseThrow().url());
        assertTrue(Licenses.creativeCommons("by-nd-nc", "1.0", null).orElseThrow().nonCommercial());
        assertTrue(Licenses.creativeCommons("by", "4.0", "us").isEmpty(), "4.0 has no ports");
    }
}
