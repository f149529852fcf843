package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.model.ArticleMeta;
import org.republish.model.Attribution.Span;
import org.republish.model.Author;
import org.republish.model.License;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;

/** The canonical sample, end to end through this package: detect, match, resolve, attribute, decide. */
class ConversationSampleTest {

    private static String text;
    private static ArticleMeta meta;
    /** What the wrapper rules read from the sample's P.S. block: the previous republisher's notice. */
    private static final List<LicenseEvidence> NOTICE = List.of(LicenseEvidence.of(LicenseEvidence.Place.NOTICE,
            "This article is republished from The Conversation under a Creative Commons license. Read the original article."));

    @BeforeAll
    static void readSample() throws IOException {
        Path sample = Path.of(System.getProperty("republish.sharedDir", "../shared"),
                "samples", "conversation-essf-china-russia.md");
        assumeTrue(Files.isRegularFile(sample), "skipped: the shared sample " + sample + " is absent");
        text = Files.readString(sample, StandardCharsets.UTF_8);
        // What a reader gives for this file: a title and the author's own sign-off; no source, no URL.
        meta = new ArticleMeta.Builder()
                .title("Russia wants military aid from China - here's why this deal could help China, too")
                .authors(List.of(Author.named("Michael A. Allen").withAffiliation("Boise State University")))
                .build();
    }

    @Test
    void textSaysOnlyACreativeCommonsLicense() {
        LicenseMatch m = LicenseDetector.fromText(text).orElseThrow();
        assertTrue(m.isGeneric(), m::toString);
        assertEquals("under a Creative Commons license", m.evidence());
    }

    @Test
    void theConversationProfileMatchesAndItsDefaultDecides() {
        SourceProfile profile = SourceProfiles.shipped().match(meta, text).orElseThrow();
        assertEquals("the-conversation", profile.id());

        LicenseResolver.Resolution r = LicenseResolver.resolve(NOTICE, profile, false);
        assertEquals("CC-BY-ND-4.0", r.license().spdxId());
        assertTrue(r.how().contains("policy states CC BY-ND 4.0"), r.how());
        assertTrue(r.notices().stream().anyMatch(n -> n.level() == Notice.Level.INFO));
    }

    @Test
    void attributionLinksTheLicenceAndWarnsThatTheOriginalUrlIsMissing() {
        SourceProfile profile = SourceProfiles.shipped().match(meta, text).orElseThrow();
        License license = LicenseResolver.resolve(NOTICE, profile, false).license();
        ArticleMeta resolved = meta.toBuilder().license(license).build();

        AttributionBuilder.Result result = AttributionBuilder.build(resolved, profile, true);
        List<Span> spans = result.attribution().spans();
        assertEquals(List.of(
                Span.text("This article is republished from "),
                Span.link("The Conversation", "https://theconversation.com/"),
                Span.text(" under a Creative Commons license ("),
                Span.link("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
                Span.text("). "),
                Span.link("Read the original article", "https://theconversation.com/"),
                Span.text(".")), spans);
        assertEquals(List.of(Notice.warning("license.attribution", "original URL missing; linked the home page")),
                result.notices());
        assertTrue(!result.attribution().plainText().contains("Changes"), "no changes note under ND");
    }

    @Test
    void policyPublishesWithFidelityRequired() {
        SourceProfile profile = SourceProfiles.shipped().match(meta, text).orElseThrow();
        License license = LicenseResolver.resolve(NOTICE, profile, false).license();
        PublishingPolicy.Decision d = new PublishingPolicy(true).decide(license, "conversation-essf-china-russia.md");
        assertTrue(d.publish());
        assertTrue(d.fidelityRequired());
    }

    @Test
    void withoutAProfileTheSampleIsHeld() {
        LicenseResolver.Resolution r = LicenseResolver.resolve(NOTICE, null, false);
        assertEquals(null, r.license());
        PublishingPolicy.Decision d = new PublishingPolicy(false).decide(r, "conversation-essf-china-russia.md");
        assertTrue(!d.publish() && d.reason().contains("conversation-essf-china-russia.yaml"), d.reason());
    }
}
