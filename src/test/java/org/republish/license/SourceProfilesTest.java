package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.model.ArticleMeta;
import org.republish.model.Publication;

class SourceProfilesTest {

    @Test
    void shippedProfilesLoadFromTheIndex() {
        SourceProfiles profiles = SourceProfiles.shipped();
        List<String> ids = profiles.all().stream().map(SourceProfile::id).toList();
        assertTrue(ids.containsAll(List.of("the-conversation", "ropensci", "propublica", "global-voices",
                "kff-health-news", "mongabay", "the-19th", "creative-commons-blog", "wikinews")), ids.toString());
        assertEquals(ids.size(), Set.copyOf(ids).size(), "one profile per id");
        for (SourceProfile p : profiles.all()) {
            assertNotNull(p.policy(), p.id() + " says where its licence is stated");
        }

        SourceProfile tc = profiles.byId("the-conversation").orElseThrow();
        assertEquals("The Conversation", tc.name());
        assertEquals("https://theconversation.com/", tc.home());
        assertEquals("CC-BY-ND-4.0", tc.defaultLicense().spdxId());
        assertEquals("CC-BY-ND-4.0", tc.siteLicense().spdxId());
        assertTrue(tc.match().phrases().containsAll(List.of("republished from The Conversation",
                "republié à partir de The Conversation", "publicado originalmente en The Conversation")));
        assertEquals("https://counter.theconversation.com/content/200522/count.gif", tc.counterUrl("200522").orElseThrow());
        assertTrue(tc.counterUrl(null).isEmpty());
        assertTrue(tc.attribution().uses("originalUrl"));
        assertTrue(tc.attribution("fr").orElseThrow().source().startsWith("Cet article est republié"));
        assertTrue(tc.attribution("fr-CA").orElseThrow().source().startsWith("Cet article est republié"));
        assertTrue(tc.attribution("de").isEmpty(), "no German wording: the standard credit in German is used");

        SourceProfile ro = profiles.byId("ropensci").orElseThrow();
        assertEquals("CC-BY-4.0", ro.siteLicense().spdxId());
        assertNull(ro.attribution(), "rOpenSci uses the standard TASL credit");
    }

    @Test
    void userProfileOverridesShippedOneAndAddsNewOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tc.yaml"), """
                id: the-conversation
                name: The Conversation (local)
                home: https://theconversation.com/uk
                defaultLicense: CC-BY-ND-4.0
                match:
                  phrases: [republished from The Conversation]
                """);
        Files.writeString(dir.resolve("blog.yml"), """
                id: example-blog
                name: Example Blog
                home: https://blog.example.org/
                siteLicense: CC-BY-SA-4.0
                match:
                  urls: [blog.example.org/posts/]
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a profile");
        SourceProfiles profiles = SourceProfiles.load(dir);
        assertEquals(SourceProfiles.shipped().all().size() + 1, profiles.all().size());
        assertEquals("The Conversation (local)", profiles.byId("the-conversation").orElseThrow().name());
        assertEquals("CC-BY-SA-4.0", profiles.byId("example-blog").orElseThrow().siteLicense().spdxId());

        ArticleMeta post = new ArticleMeta.Builder().originalUrl("https://blog.example.org/posts/2024/hello").build();
        assertEquals("example-blog", profiles.match(post, "Hello").orElseThrow().id());
        ArticleMeta elsewhere = new ArticleMeta.Builder().originalUrl("https://blog.example.org/about").build();
        assertTrue(profiles.match(elsewhere, "About us").isEmpty(), "a URL prefix must match as a prefix");
    }

    @Test
    void missingUserFolderMeansShippedOnly(@TempDir Path dir) {
        assertEquals(SourceProfiles.shipped().all().size(), SourceProfiles.load(dir.resolve("absent")).all().size());
    }

    @Test
    void badProfilesFailWithTheFileNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\nname: Bad\ndefaultLicense: CC-BY-5.0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceProfiles.load(dir));
        assertTrue(e.getMessage().contains("bad.yaml") && e.getMessage().contains("CC-BY-5.0"), e.getMessage());

        Files.writeString(dir.resolve("bad.yaml"), "id: bad\nname: Bad\nattribution: \"From {sorce}\"\n");
        e = assertThrows(IllegalArgumentException.class, () -> SourceProfiles.load(dir));
        assertTrue(e.getMessage().contains("{sorce}"), e.getMessage());

        Files.writeString(dir.resolve("bad.yaml"), "name: [unclosed\n");
        e = assertThrows(IllegalArgumentException.class, () -> SourceProfiles.load(dir));
        assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
    }

    @Test
    void matchesByPhraseThroughLinkMarkupBySiteAndByUrl() {
        SourceProfiles profiles = SourceProfiles.shipped();
        ArticleMeta none = ArticleMeta.empty();
        var m = profiles.findMatch(none,
                "This article is republished from [The Conversation](#) under a Creative Commons license.").orElseThrow();
        assertEquals("the-conversation", m.profile().id());
        assertTrue(m.reasons().get(0).contains("phrase"), m.reasons().toString());

        ArticleMeta bySite = new ArticleMeta.Builder().source(new Publication("the conversation", null)).build();
        assertEquals("the-conversation", profiles.match(bySite, "").orElseThrow().id());

        ArticleMeta byUrl = new ArticleMeta.Builder()
                .originalUrl("https://theconversation.com/russia-wants-military-aid-from-china-200522").build();
        assertEquals("the-conversation", profiles.match(byUrl, "").orElseThrow().id());

        ArticleMeta ropensci = new ArticleMeta.Builder().originalUrl("https://ropensci.org/blog/2021/06/08/world-ocean-day/")
                .build();
        assertEquals("ropensci", profiles.match(ropensci, "").orElseThrow().id());

        ArticleMeta named = new ArticleMeta.Builder().extra("profile", "ropensci").build();
        assertEquals("ropensci", profiles.match(named, "").orElseThrow().id());

        assertTrue(profiles.match(none, "An essay about the conversation we had.").isEmpty());
        ArticleMeta lookalike = new ArticleMeta.Builder().originalUrl("https://nottheconversation.com/a").build();
        assertTrue(profiles.match(lookalike, "").isEmpty(), "a host must match whole labels");
    }
}
