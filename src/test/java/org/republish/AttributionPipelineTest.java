package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.republish.config.Settings;
import org.republish.model.Article;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.testsupport.Samples;

/** Licence, source and attribution as the whole pipeline settles them. */
class AttributionPipelineTest {

    private final Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of()));

    @Test
    void theSampleIsPublishedAsCcByNdFromTheConversationWithAWarningForTheMissingUrl() throws Exception {
        Article a = pipeline.prepare(Samples.input(Samples.sampleArticle()));
        assertEquals("CC-BY-ND-4.0", a.meta().license().spdxId());
        assertEquals("https://creativecommons.org/licenses/by-nd/4.0/", a.meta().license().url());
        assertEquals("The Conversation", a.meta().source().name());
        assertEquals("Michael A. Allen, Boise State University", a.meta().authors().get(0).credit());
        assertTrue(a.meta().attribution().spans().stream()
                .anyMatch(s -> "https://creativecommons.org/licenses/by-nd/4.0/".equals(s.href())));
        assertTrue(a.warnings().stream().anyMatch(n -> n.message().contains("original URL missing")));
        assertNull(a.meta().counterUrl(), "no counter without the article's id");
    }

    @Test
    void aConversationArticleWithItsIdGetsTheCounter() throws Exception {
        String md = "---\nid: 201234\nurl: https://theconversation.com/some-article-201234\n---\n# Title\n\n"
                + "Text.\n\nThis article is republished from The Conversation under a Creative Commons license.\n";
        Article a = pipeline.prepare(new InputDocument("c.md", md.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("https://counter.theconversation.com/content/201234/count.gif", a.meta().counterUrl());
    }

    @Test
    void noLicenceAnywhereIsAHoldNamingTheFix() {
        PublishException e = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class, () ->
                pipeline.prepare(new InputDocument("essay.md", "# Essay\n\nWords.\n".getBytes(StandardCharsets.UTF_8), null)));
        assertEquals(PublishException.Disposition.HOLD, e.disposition());
        assertTrue(e.getMessage().contains("essay.yaml") && e.getMessage().contains("license:"), e.getMessage());
    }

    @Test
    void nonCommercialIsHeldOnACommercialInstallation() throws Exception {
        String md = "---\nlicense: CC-BY-NC-4.0\n---\n# NC\n\nWords.\n";
        Pipeline commercial = Assembly.pipeline(Settings.of(Map.of(Settings.COMMERCIAL, "true")));
        PublishException e = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class, () ->
                commercial.prepare(new InputDocument("nc.md", md.getBytes(StandardCharsets.UTF_8), null)));
        assertEquals(PublishException.Disposition.HOLD, e.disposition());
        assertEquals("CC-BY-NC-4.0", pipeline.prepare(
                new InputDocument("nc.md", md.getBytes(StandardCharsets.UTF_8), null)).meta().license().spdxId());
    }
}
