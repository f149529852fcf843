package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.model.Article;
import org.republish.model.LicenseEvidence;
import org.republish.model.LicenseEvidence.Place;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;

class LicenseResolverTest {

    private static final SourceProfile TC = SourceProfiles.shipped().byId("the-conversation").orElseThrow();

    private static LicenseEvidence ev(Place place, String text, String... links) {
        return LicenseEvidence.of(place, text, List.of(links));
    }

    private static LicenseResolver.Resolution resolve(SourceProfile profile, LicenseEvidence... evidence) {
        return LicenseResolver.resolve(List.of(evidence), profile, false);
    }

    @Test
    void theEditorsSidecarDecidesOverEverything() {
        var r = resolve(TC, ev(Place.EDITOR, "CC-BY-SA-4.0"), ev(Place.NOTICE, "This article is licensed under CC BY-NC 4.0."));
        assertEquals("CC-BY-SA-4.0", r.license().spdxId());
        assertTrue(r.how().contains("sidecar"), r.how());
        assertTrue(r.evidence().get(1).verdict().contains("overruled"), r.evidence().toString());
    }

    @Test
    void anUnknownMetadataValueIsNotOverruled() {
        var r = resolve(TC, ev(Place.METADATA, "All rights reserved"),
                ev(Place.SITE, "Content on this site is licensed under CC BY 4.0."));
        assertNull(r.license());
        assertTrue(r.how().contains("All rights reserved"), r.how());
    }

    @Test
    void theNoticesExactLicenceWinsOverTheProfileDefault() {
        var r = resolve(TC, ev(Place.NOTICE, "This article is republished from The Conversation under a CC BY 4.0 licence."));
        assertEquals("CC-BY-4.0", r.license().spdxId());
    }

    @Test
    void aGenericNoticeTakesTheProfilesPolicyAndWithoutAProfileHolds() {
        LicenseEvidence generic = ev(Place.NOTICE, "This article is republished from The Conversation under a Creative "
                + "Commons license.");
        assertEquals("CC-BY-ND-4.0", resolve(TC, generic).license().spdxId());
        var none = resolve(null, generic);
        assertNull(none.license());
        assertTrue(none.how().contains("not which Creative Commons licence"), none.how());
    }

    @Test
    void anImageCreditNeverLicensesTheArticle() {
        var r = resolve(null, ev(Place.ARTICLE, "Image credit: Flickr-Gage Skidmore, CC BY-SA 2.0",
                "https://creativecommons.org/licenses/by-sa/2.0/"),
                ev(Place.CAPTION, "Schools reopened in May. CC BY 2.0", "https://creativecommons.org/licenses/by/2.0/"));
        assertNull(r.license());
        assertTrue(r.evidence().stream().allMatch(e -> e.verdict().contains("image credit")), r.evidence().toString());
    }

    @Test
    void aNumberedPictureCreditOnTheSiteLicensesNoArticle() {
        var r = resolve(null, ev(Place.SITE, "Bild2: ©Geert Pieters bestimmte Rechte vorbehalten. Quelle: Unsplash",
                "https://creativecommons.org/licenses/by/2.0/"),
                ev(Place.SITE, "Photo 3: Jane Roe, some rights reserved", "https://creativecommons.org/licenses/by/2.0/"));
        assertNull(r.license());
        assertTrue(r.evidence().stream().allMatch(e -> e.verdict().contains("image credit")), r.evidence().toString());
    }

    @Test
    void aLicenceLineNextToACreditIsReadOnItsOwn() {
        var r = resolve(null, ev(Place.NOTICE, "This article appeared first on AIER under a Creative Commons "
                + "(CC BY 4.0) license.", "https://creativecommons.org/licenses/by/4.0/legalcode"),
                ev(Place.ARTICLE, "Image credit: Pexels"));
        assertEquals("CC-BY-4.0", r.license().spdxId());
    }

    @Test
    void statementsAboutTheArticleThatDisagreeHold() {
        var r = resolve(null, ev(Place.METADATA, "CC BY-ND 4.0"), ev(Place.NOTICE, "Licensed under CC BY-SA 4.0."));
        assertNull(r.license());
        assertTrue(r.how().contains("disagree"), r.how());
    }

    @Test
    void aTypeWithoutAVersionHoldsUnlessAnotherStatementGivesIt() {
        var alone = resolve(null, ev(Place.SITE, "Copyleft © 2002-2016 The Anarcat CC-BY-SA"));
        assertNull(alone.license());
        assertTrue(alone.how().contains("not its version"), alone.how());
        var linked = resolve(null, ev(Place.SITE, "LICENSED UNDER CC BY NC ND",
                "https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode"));
        assertEquals("CC-BY-NC-ND-4.0", linked.license().spdxId());
    }

    @Test
    void theSiteDecidesForItsOwnArticlesOnly() {
        LicenseEvidence footer = ev(Place.SITE, "Except where otherwise noted, content on this site is licensed under "
                + "a Creative Commons Attribution 4.0 International License.", "https://creativecommons.org/licenses/by/4.0/");
        assertEquals("CC-BY-4.0", resolve(null, footer).license().spdxId());
        var republished = resolve(null, footer, ev(Place.NOTICE, "This article was originally published on "
                + "Example News and is republished here courtesy of Example News."));
        assertNull(republished.license());
        assertTrue(republished.evidence().get(0).verdict().contains("republishing site's own"), republished.evidence().toString());
    }

    @Test
    void permissionIsNotALicence() {
        var r = resolve(null, ev(Place.NOTICE, "This article has been republished with permission from The Daily Signal."));
        assertNull(r.license());
        assertTrue(r.how().contains("with permission"), r.how());
    }

    @Test
    void aLicenceNamedInPassingInTheTextNeverDecides() {
        var r = resolve(null, ev(Place.ARTICLE, "The slides are available under the CC-BY-NC-4.0 license, the code under MIT."));
        assertNull(r.license());
        assertTrue(r.evidence().get(0).verdict().contains("in passing"), r.evidence().toString());
    }

    @Test
    void aLicenceNamedInAListOfLinksIsNotTheSitesStatement() {
        var r = resolve(null, ev(Place.SITE, "CC0"), ev(Place.SITE, "Text is available under the Creative Commons "
                + "Attribution-ShareAlike License; additional terms may apply.",
                "//en.wikipedia.org/wiki/Wikipedia:Text_of_Creative_Commons_Attribution-ShareAlike_3.0_Unported_License",
                "//creativecommons.org/licenses/by-sa/3.0/"));
        assertEquals("CC-BY-SA-3.0", r.license().spdxId());
    }

    @Test
    void aPortAndTheInternationalLicenceAgree() {
        var r = resolve(null, ev(Place.SITE, "Dieses Werk steht unter einer Creative Commons Namensnennung 3.0 "
                + "Deutschland Lizenz.", "http://creativecommons.org/licenses/by/3.0/de/"));
        assertEquals("CC-BY-3.0-DE", r.license().spdxId());
    }

    @Test
    void userContributionsAreNotTheArticles() {
        var r = resolve(null, ev(Place.SITE, "site design / logo © 2020 Stack Exchange Inc; user contributions licensed "
                + "under cc by-sa 4.0 with attribution required", "https://creativecommons.org/licenses/by-sa/4.0/"));
        assertNull(r.license());
    }

    /**
     * A site-wide profile for the rOpenSci blog, chosen by "profile:" in each post's metadata,
     * licenses every post of the real corpus CC BY 4.0, even the posts that name another licence
     * for a document they link to.
     */
    @Test
    void siteWideProfileCoversEveryRopensciPost(@TempDir Path profilesDir) throws Exception {
        Path corpus = Path.of(System.getProperty("republish.sharedDir", "../shared"), "corpus", "ropensci-blog");
        assumeTrue(Files.isDirectory(corpus), "skipped: corpus " + corpus + " is absent");
        Files.writeString(profilesDir.resolve("ropensci-blog.yaml"), """
                id: ropensci-blog
                name: rOpenSci
                home: https://ropensci.org/blog/
                siteLicense: CC-BY-4.0
                """);
        SourceProfile profile = SourceProfiles.load(profilesDir).byId("ropensci-blog").orElseThrow();
        ArticleReaders readers = new ArticleReaders();
        List<String> notCcBy = new ArrayList<>();
        int posts = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path post : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                posts++;
                Article a = readers.read(new InputDocument(post.getFileName().toString(), Files.readAllBytes(post), null));
                List<LicenseEvidence> evidence = new ArrayList<>(a.meta().licenseEvidence());
                evidence.addAll(BodyLicenseStatements.of(a.body()));
                var r = LicenseResolver.resolve(evidence, profile, true);
                if (r.license() == null || !r.license().spdxId().equals("CC-BY-4.0")) {
                    notCcBy.add(post.getFileName() + ": " + r.how());
                }
            }
        }
        assertTrue(posts >= 300, "expected the full corpus, saw " + posts);
        assertEquals(List.of(), notCcBy);
    }
}
