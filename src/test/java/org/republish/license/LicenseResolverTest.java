package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;

class LicenseResolverTest {

    private static final SourceProfile TC = SourceProfiles.shipped().byId("the-conversation").orElseThrow();

    @Test
    void frontMatterValueWinsOverText() {
        ArticleMeta meta = new ArticleMeta.Builder().extra("license", "CC-BY-SA-4.0").build();
        var r = LicenseResolver.resolve(meta, "This article is licensed under CC BY-NC 4.0.", TC);
        assertEquals("CC-BY-SA-4.0", r.license().spdxId());
        assertTrue(r.how().contains("metadata license"), r.how());
    }

    @Test
    void unknownFrontMatterValueIsNotOverruled() {
        ArticleMeta meta = new ArticleMeta.Builder().extra("license", "All rights reserved").build();
        var r = LicenseResolver.resolve(meta, "This article is licensed under CC BY 4.0.", TC);
        assertNull(r.license());
        assertEquals(Notice.Level.WARNING, r.notices().get(0).level());
        assertTrue(r.how().contains("All rights reserved"), r.how());
    }

    @Test
    void specificTextAboutThisWorkWinsOverProfileDefault() {
        var r = LicenseResolver.resolve(ArticleMeta.empty(),
                "This article is republished from The Conversation under a CC BY 4.0 licence.", TC);
        assertEquals("CC-BY-4.0", r.license().spdxId());
        assertTrue(r.notices().isEmpty(), r.notices().toString());
    }

    @Test
    void genericFrontMatterValueUsesProfileDefault() {
        ArticleMeta meta = new ArticleMeta.Builder().extra("license", "Creative Commons").build();
        assertEquals("CC-BY-ND-4.0", LicenseResolver.resolve(meta, "", TC).license().spdxId());
        assertNull(LicenseResolver.resolve(meta, "", null).license());
    }

    @Test
    void versionAssumedIsReported() {
        var r = LicenseResolver.resolve(ArticleMeta.empty(), "Content on this site is licensed under CC BY-SA.", null);
        assertEquals("CC-BY-SA-4.0", r.license().spdxId());
        assertTrue(r.notices().stream().anyMatch(n -> n.message().contains("assumed 4.0")), r.notices().toString());
    }

    @Test
    void licenceInASentenceAboutSomethingElseWarnsWithoutProfile() {
        var r = LicenseResolver.resolve(ArticleMeta.empty(),
                "The slides are available under the CC-BY-NC-4.0 license, the code under MIT.", null);
        assertEquals("CC-BY-NC-4.0", r.license().spdxId());
        assertEquals(Notice.Level.WARNING, r.notices().get(0).level());
        assertTrue(r.notices().get(0).message().contains("check it"), r.notices().get(0).message());
    }

    @Test
    void nothingFound() {
        var r = LicenseResolver.resolve(ArticleMeta.empty(), "© 2024 Example. All rights reserved.", TC);
        assertNull(r.license());
    }

    /**
     * The site-wide profile "configured in a test": a user-folder profile for the rOpenSci blog,
     * chosen by "profile:" in each post's metadata, licenses every post of the real corpus CC BY 4.0,
     * even the three posts that name another licence for a linked document.
     */
    @Test
    void siteWideProfileCoversEveryRopensciPost(@TempDir Path profilesDir) throws IOException {
        Path corpus = Path.of(System.getProperty("republish.sharedDir", "../shared"), "corpus", "ropensci-blog");
        assumeTrue(Files.isDirectory(corpus), "skipped: corpus " + corpus + " is absent");
        Files.writeString(profilesDir.resolve("ropensci-blog.yaml"), """
                id: ropensci-blog
                name: rOpenSci
                home: https://ropensci.org/blog/
                siteLicense: CC-BY-4.0
                """);
        SourceProfiles profiles = SourceProfiles.load(profilesDir);
        ArticleMeta meta = new ArticleMeta.Builder().extra("profile", "ropensci-blog").build();

        List<String> notCcBy = new ArrayList<>();
        int posts = 0;
        int overriddenMentions = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path post : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                posts++;
                String text = Files.readString(post, StandardCharsets.UTF_8);
                SourceProfile profile = profiles.match(meta, text).orElseThrow();
                var r = LicenseResolver.resolve(meta, text, profile);
                if (r.license() == null || !r.license().spdxId().equals("CC-BY-4.0")) {
                    notCcBy.add(post.getFileName() + ": " + r.how());
                }
                overriddenMentions += r.notices().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(posts >= 300, "expected the full corpus, saw " + posts);
        assertEquals(List.of(), notCcBy);
        assertEquals(3, overriddenMentions, "posts naming another licence for something they link to");
    }
}
