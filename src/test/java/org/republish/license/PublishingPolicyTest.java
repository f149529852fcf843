package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.republish.model.License;
import org.republish.model.LicenseEvidence;
import org.republish.model.PublishException;

class PublishingPolicyTest {

    @ParameterizedTest(name = "{0}, commercial={1} -> {2}, fidelity={3}")
    @CsvSource({
            "CC-BY-4.0,       false, PUBLISH, false",
            "CC-BY-4.0,       true,  PUBLISH, false",
            "CC-BY-SA-3.0,    true,  PUBLISH, false",
            "CC0-1.0,         true,  PUBLISH, false",
            "CC-BY-ND-4.0,    true,  PUBLISH, true",
            "CC-BY-ND-4.0,    false, PUBLISH, true",
            "CC-BY-NC-4.0,    false, PUBLISH, false",
            "CC-BY-NC-4.0,    true,  HOLD,    false",
            "CC-BY-NC-SA-2.0, true,  HOLD,    false",
            "CC-BY-NC-ND-4.0, false, PUBLISH, true",
            "CC-BY-NC-ND-4.0, true,  HOLD,    true",
    })
    void decides(String spdx, boolean commercial, PublishingPolicy.Outcome outcome, boolean fidelity) {
        License license = Licenses.byId(spdx).orElseThrow();
        PublishingPolicy.Decision d = new PublishingPolicy(commercial).decide(license, "essay.md");
        assertEquals(outcome, d.outcome(), d.reason());
        assertEquals(fidelity, d.fidelityRequired());
        assertTrue(d.reason().contains(license.shortName()), d.reason());
        if (fidelity && d.publish()) {
            assertTrue(d.reason().startsWith("Fidelity required"), d.reason());
        }
        if (!d.publish()) {
            assertTrue(d.reason().contains("commercial"), d.reason());
        }
    }

    @Test
    void noLicenceHoldsAndSaysHowToSupplyOne() {
        PublishingPolicy.Decision d = new PublishingPolicy(false).decide((License) null, "/in/russia-china.md");
        assertFalse(d.publish());
        assertTrue(d.reason().contains("license: CC-BY-4.0"), d.reason());
        assertTrue(d.reason().contains("russia-china.yaml"), d.reason());
        assertTrue(d.reason().contains("front matter"), d.reason());
    }

    @Test
    void holdQuotesWhyTheLicenceIsUnknown() {
        var resolution = LicenseResolver.resolve(List.of(LicenseEvidence.of(LicenseEvidence.Place.NOTICE,
                "Republished under a Creative Commons license.")), null, false);
        PublishingPolicy.Decision d = new PublishingPolicy(false).decide(resolution, "a.html");
        assertFalse(d.publish());
        assertTrue(d.reason().contains("under a Creative Commons license"), d.reason());
        assertTrue(d.reason().contains("a.yaml"), d.reason());
    }

    @Test
    void requireThrowsAHold() {
        PublishException e = assertThrows(PublishException.class,
                () -> new PublishingPolicy(true).require(Licenses.byId("CC-BY-NC-4.0").orElseThrow(), "x.md"));
        assertEquals(PublishException.Disposition.HOLD, e.disposition());
    }
}
