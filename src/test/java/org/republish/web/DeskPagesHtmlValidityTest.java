package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.inbox.Archive;
import org.republish.inbox.ReasonFiles;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.testsupport.NuHtmlChecker;
import org.republish.testsupport.Samples;
import org.republish.write.OutputStore;

/**
 * The status page and the desk's pages pass the Nu HTML Checker, built from a real article: the
 * sample published through the pipeline, and an unlicensed article as the desk reads a held one.
 * Runs in the html-validity execution (see the pom), which has the checker on its class path.
 */
class DeskPagesHtmlValidityTest {

    @TempDir
    static Path work;
    static NuHtmlChecker checker;
    static Pipeline pipeline;
    static Path input;
    static Path output;
    static String folder;

    @BeforeAll
    static void publishTheSample() throws Exception {
        checker = new NuHtmlChecker();
        pipeline = Assembly.pipeline(Settings.of(Map.of()));
        input = Files.createDirectories(work.resolve("input"));
        output = Files.createDirectories(work.resolve("output"));
        Path sample = Samples.sampleArticle();
        folder = pipeline.publish(new InputDocument("sample.md", Files.readAllBytes(sample), sample.getParent()),
                pipeline.formats(), new OutputStore(output)).folder();
        Path hold = Files.createDirectories(input.resolve(Archive.HOLD.folder()));
        Files.writeString(hold.resolve("bridge.md"), "---\ntitle: The bridge\nauthor: Ada Writer\n---\n\n"
                + "The council met on Tuesday.\n\nThis article is published under a Creative Commons licence.\n");
        ReasonFiles.write(hold, "bridge.md", Archive.HOLD, "bridge.md", "no licence could be established");
    }

    private static void assertValid(String html) throws Exception {
        assertEquals(List.of(), NuHtmlChecker.errors(checker.check(html.getBytes(StandardCharsets.UTF_8))), html);
    }

    @Test
    void theHeldArticlesPageIsValidWithAndWithoutThePasswordField() throws Exception {
        Path held = input.resolve(".hold/bridge.md");
        Pipeline.Review review = pipeline.review(new InputDocument("bridge.md", Files.readAllBytes(held), input));
        DeskPages pages = new DeskPages(ZoneId.of("UTC"));
        String page = pages.held("bridge.md", "no licence", Optional.of(review), null, pipeline.profiles(),
                new DeskPages.Access("token", true, null), "A message", true);
        assertTrue(page.contains("type=\"password\""));
        assertValid(page);
        // a real article as read: its headings carry ids of their own, and its evidence is long
        Path sample = Samples.sampleArticle();
        Pipeline.Review sampleReview = pipeline.review(new InputDocument("sample.md", Files.readAllBytes(sample),
                sample.getParent()));
        assertValid(pages.held("sample.md", "held", Optional.of(sampleReview), null, pipeline.profiles(),
                new DeskPages.Access("token", false, null), null, false));
        assertValid(pages.held("bridge.md", "no licence", Optional.empty(), "unreadable", pipeline.profiles(),
                new DeskPages.Access("token", false, "Actions are off."), null, false));
    }

    @Test
    void thePublishedArticlesPageIsValid() throws Exception {
        var manifest = new ObjectMapper().readTree(output.resolve(folder).resolve("manifest.json").toFile());
        Path sample = Samples.sampleArticle();
        var fidelity = pipeline.fidelity(new InputDocument("sample.md", Files.readAllBytes(sample), sample.getParent()));
        String page = new DeskPages(ZoneId.of("UTC")).published(folder, manifest, fidelity,
                new DeskPages.Access("token", true, null), null, false);
        assertTrue(page.contains("Word fidelity: passed. Of the"), page);
        assertTrue(page.contains("Republish with this rule off"));
        assertValid(page);
    }

    @Test
    void theStatusPageWithTheSearchFormIsValid() throws Exception {
        StatusPage status = new StatusPage(new InputFolder(input), new OutputFolder(output), 1000, ZoneId.of("UTC"));
        assertValid(status.render(null, false, Map.of("ok", true)));
        assertValid(status.render("Found", false, Map.of("ok", true),
                StatusPage.Filter.of(Map.of("q", "russia", "state", "published"))));
    }
}
