package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.republish.model.ArticleMeta;
import org.republish.model.Attribution.Span;
import org.republish.model.Author;
import org.republish.model.Publication;

class AttributionBuilderTest {

    private static final String URL = "https://theconversation.com/russia-wants-military-aid-from-china-200522";

    private static ArticleMeta.Builder article() {
        return new ArticleMeta.Builder()
                .title("Russia wants military aid from China")
                .authors(List.of(Author.named("Michael A. Allen").withAffiliation("Boise State University")));
    }

    @Test
    void profileWordingWithOriginalUrlRaisesNoWarning() {
        SourceProfile tc = SourceProfiles.shipped().byId("the-conversation").orElseThrow();
        ArticleMeta meta = article().originalUrl(URL).license(Licenses.byId("CC-BY-ND-4.0").orElseThrow()).build();
        AttributionBuilder.Result r = AttributionBuilder.build(meta, tc, false);
        assertEquals("This article is republished from The Conversation under a Creative Commons license "
                + "(CC BY-ND 4.0). Read the original article.", r.attribution().plainText());
        assertTrue(r.attribution().spans().contains(Span.link("Read the original article", URL)));
        assertTrue(r.notices().isEmpty(), r.notices().toString());
    }

    @Test
    void taslCreditWithoutProfile() {
        ArticleMeta meta = article().originalUrl("https://example.org/a")
                .source(new Publication("Example Review", "https://example.org/"))
                .license(Licenses.byId("CC-BY-4.0").orElseThrow()).build();
        AttributionBuilder.Result r = AttributionBuilder.build(meta, null, false);
        assertEquals(List.of(
                Span.link("“Russia wants military aid from China”", "https://example.org/a"),
                Span.text(" by Michael A. Allen, Boise State University, first published in "),
                Span.link("Example Review", "https://example.org/a"),
                Span.text(", is licensed under "),
                Span.link("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
                Span.text(".")), r.attribution().spans());
        assertTrue(r.notices().isEmpty());
    }

    @Test
    void changesNoteWhenModifiedButNeverUnderNoDerivatives() {
        ArticleMeta by = article().originalUrl("https://example.org/a")
                .license(Licenses.byId("CC-BY-SA-4.0").orElseThrow()).build();
        assertTrue(AttributionBuilder.build(by, null, true).attribution().plainText()
                .endsWith("is licensed under CC BY-SA 4.0. Changes: " + AttributionBuilder.DEFAULT_CHANGES));
        assertFalse(AttributionBuilder.build(by, null, false).attribution().plainText().contains("Changes"));

        ArticleMeta nd = by.toBuilder().license(Licenses.byId("CC-BY-NC-ND-4.0").orElseThrow()).build();
        assertFalse(AttributionBuilder.build(nd, null, "shortened").attribution().plainText().contains("Changes"));
    }

    @Test
    void siteWideProfileUsesTaslAndLinksHomeWhenUrlMissing() {
        SourceProfile ro = SourceProfiles.shipped().byId("ropensci").orElseThrow();
        ArticleMeta meta = new ArticleMeta.Builder().title("Use case - how to get species occurrence data")
                .authors(List.of(Author.named("Scott Chamberlain"), Author.named("Karthik Ram")))
                .license(ro.siteLicense()).build();
        AttributionBuilder.Result r = AttributionBuilder.build(meta, ro, false);
        assertEquals("“Use case - how to get species occurrence data” by Scott Chamberlain and Karthik Ram, "
                + "first published in rOpenSci, is licensed under CC BY 4.0.", r.attribution().plainText());
        assertTrue(r.attribution().spans().contains(Span.link("rOpenSci", "https://ropensci.org/blog/")));
        assertEquals("original URL missing; linked the home page", r.notices().get(0).message());
    }

    @Test
    void cc0IsADedicationAndUnknownLicenceWarns() {
        ArticleMeta cc0 = article().originalUrl("https://example.org/a").license(Licenses.CC0).build();
        assertTrue(AttributionBuilder.build(cc0, null, false).attribution().plainText()
                .endsWith("is dedicated to the public domain under CC0 1.0."));
        AttributionBuilder.Result unknown = AttributionBuilder.build(article().originalUrl("https://example.org/a").build(),
                null, false);
        assertTrue(unknown.notices().stream().anyMatch(n -> n.message().contains("licence is not known")));
    }

    @Test
    void templateLanguage() {
        AttributionTemplate t = new AttributionTemplate("From [{source}]({home}) by {authors}; [CC]({licenseUrl}).");
        var a = t.render(Map.of("source", "S", "home", "https://s.example/", "authors", "A and B"));
        assertEquals(List.of(Span.text("From "), Span.link("S", "https://s.example/"), Span.text(" by A and B; CC.")),
                a.spans());
        assertThrows(IllegalArgumentException.class, () -> new AttributionTemplate("{nope}"));
        assertEquals(List.of(Span.link("here", "https://x.example/")),
                new AttributionTemplate("[here](https://x.example/)").render(Map.of()).spans());
    }
}
