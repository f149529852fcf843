package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.inbox.ReasonFiles;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.config.Settings;
import org.republish.model.Article;
import org.republish.testsupport.Poll;
import org.republish.testsupport.Samples;
import org.republish.testsupport.ServiceFixture;

/** The running service, driven as an editor would: files dropped into input/, results read from output/. */
class ServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LICENSED = ServiceFixture.LICENSED;

    @TempDir
    static Path work;
    static Path input;
    static Path output;
    static Service service;

    @BeforeAll
    static void start() throws Exception {
        input = work.resolve("input");
        output = work.resolve("output");
        service = new Service(ServiceFixture.settings(work, Map.of()));
        service.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void publishesTheSampleIntoAllFormatsAndArchivesTheInput() throws Exception {
        Path sample = Samples.sampleArticle();
        Article expected = org.republish.Assembly.pipeline(Settings.of(Map.of())).prepare(Samples.input(sample));
        Files.copy(sample, input.resolve("sample.md"));

        Path done = input.resolve(".done/sample.md");
        Poll.until(WAIT, () -> Files.exists(done), () -> "sample.md in input/.done/; input holds " + list(input));
        Path manifestFile = findManifest("sample.md");
        assertNotNull(manifestFile, "a manifest naming sample.md in " + list(output));
        JsonNode manifest = new ObjectMapper().readTree(manifestFile.toFile());
        Path folder = manifestFile.getParent();

        assertEquals(Files.readAllBytes(done).length > 0, true);
        assertEquals(org.republish.write.OutputFile.Hashes.sha256(Files.readAllBytes(done)),
                manifest.path("input").path("sha256").asText(), "manifest records the input's SHA-256");
        for (JsonNode out : manifest.path("outputs")) {
            Path file = folder.resolve(out.path("file").asText());
            assertTrue(Files.isRegularFile(file), "listed output exists: " + file);
            assertEquals(out.path("bytes").asLong(), Files.size(file), "size recorded for " + file);
            assertEquals(out.path("sha256").asText(),
                    org.republish.write.OutputFile.Hashes.sha256(Files.readAllBytes(file)));
        }
        List<String> formats = manifest.path("outputs").findValuesAsText("format");
        assertEquals(service.formats(), new java.util.LinkedHashSet<>(formats), "every configured format written");

        Path html = folder.resolve(folder.getFileName() + ".html");
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(expected.meta().title(), page.selectFirst("h1").text());
        assertEquals(expected.meta().title(), page.title());
        List<String> headings = expected.body().select("h2, h3, h4").eachText();
        assertFalse(headings.isEmpty());
        for (String heading : headings) {
            assertTrue(page.select(".article-body h2, .article-body h3, .article-body h4").eachText().contains(heading),
                    "page has heading " + heading);
        }
        assertTrue(page.text().contains("China is considering supplying Russia military hardware for a few reasons."));

        Path pdfFile = folder.resolve(folder.getFileName() + ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdfFile))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Russia wants military aid from China"), "PDF text has the title");
            assertTrue(text.contains("China is considering supplying Russia military hardware for a few reasons."),
                    "PDF text has a body sentence");
        }
        org.republish.testsupport.EpubChecker.Result epub = org.republish.testsupport.EpubChecker.check(
                folder.resolve(folder.getFileName() + ".epub"));
        assertTrue(epub.clean(), epub::problems);
    }

    @Test
    void unreadableInputsGoToErrorWithAReasonAndTheServiceCarriesOn() throws Exception {
        Files.write(input.resolve("empty.md"), new byte[0]);
        byte[] binary = new byte[512];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(input.resolve("photo.md"), binary);
        Files.writeString(input.resolve("notes.docx"), "not really a word file");

        assertRefused("empty.md", "is empty");
        assertRefused("photo.md", "binary data");
        assertRefused("notes.docx", "does not read");

        Files.writeString(input.resolve("after.md"), LICENSED + "# After the errors\n\nA good file still gets published.\n");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/after.md")), () -> "after.md published");
        assertNotNull(findManifest("after.md"));
    }

    @Test
    void aSecondFileWithTheSameNameDoesNotOverwriteTheFirstInDone() throws Exception {
        Files.writeString(input.resolve("twice.md"), LICENSED + "# Twice\n\nFirst version.\n");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/twice.md")), () -> "first twice.md done");
        Files.writeString(input.resolve("twice.md"), LICENSED + "# Twice\n\nSecond version.\n");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/twice-2.md")), () -> "second twice.md done as twice-2.md");
        assertEquals(LICENSED + "# Twice\n\nFirst version.\n", Files.readString(input.resolve(".done/twice.md")));
        assertEquals(LICENSED + "# Twice\n\nSecond version.\n", Files.readString(input.resolve(".done/twice-2.md")));
        String html = Files.readString(findManifest("twice.md").resolveSibling("twice.html"));
        assertTrue(html.contains("Second version."), "re-publishing replaced the outputs");
    }

    @Test
    void hiddenAndPartialFilesAreLeftAlone() throws Exception {
        Files.writeString(input.resolve(".hidden.md"), "# Hidden\n\ntext\n");
        Files.writeString(input.resolve("download.md.part"), "# Partial\n\ntext\n");
        Files.writeString(input.resolve("marker.md"), LICENSED + "# Marker\n\ntext\n");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/marker.md")), () -> "marker.md done");
        assertTrue(Files.exists(input.resolve(".hidden.md")));
        assertTrue(Files.exists(input.resolve("download.md.part")));
    }

    @Test
    void imagesBesideAnArticleStayAndAreEmbedded() throws Exception {
        // a 1x1 PNG, dropped before the article that shows it
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        Files.write(input.resolve("dot.PNG"), png);
        Files.writeString(input.resolve("pictured.md"), LICENSED + "# Pictured\n\nA dot:\n\n![A red dot](dot.PNG)\n");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/pictured.md")), () -> "pictured.md done");
        assertTrue(Files.exists(input.resolve("dot.PNG")), "the image stays where it is");
        assertFalse(Files.exists(input.resolve(".error/dot.PNG")), "the image is not refused as an article");
        Path manifest = ServiceFixture.manifestFor(output, "pictured.md");
        assertNotNull(manifest);
        Path html;
        try (java.util.stream.Stream<Path> files = Files.list(manifest.getParent())) {
            html = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(html).contains("src=\"data:image/png;base64,"), "the image is in the page");
    }

    @Test
    void anArticleWithoutALicenceIsHeldUntilASidecarSuppliesOne() throws Exception {
        String article = "# Unlicensed\n\nWords whose licence nobody stated.\n";
        Files.writeString(input.resolve("unlicensed.md"), article);
        Path note = input.resolve(".hold/unlicensed.md.hold.txt");
        Poll.until(WAIT, () -> Files.exists(note) && Files.exists(input.resolve(".hold/unlicensed.md")),
                () -> "unlicensed.md held with its note; input holds " + list(input));
        String text = Files.readString(note);
        assertTrue(text.contains("no licence") && text.contains("license: CC-BY-4.0") && text.contains("unlicensed.yaml"),
                text);
        assertEquals(null, findManifest("unlicensed.md"), "nothing of a held article appears in output/");

        Files.writeString(input.resolve("unlicensed.yaml"), "license: CC-BY-4.0\n");
        Files.copy(input.resolve(".hold/unlicensed.md"), input.resolve("unlicensed.md.tmp"));
        Files.move(input.resolve("unlicensed.md.tmp"), input.resolve("unlicensed.md"));
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/unlicensed.md")), () -> "unlicensed.md published");
        JsonNode manifest = new ObjectMapper().readTree(findManifest("unlicensed.md").toFile());
        assertEquals("CC-BY-4.0", manifest.path("article").path("license").path("id").asText());
        assertTrue(Files.exists(input.resolve("unlicensed.yaml")), "the sidecar stays where the editor put it");
        // no longer waiting: the held copy stays, its reason becomes a note that it was published since
        Poll.until(WAIT, () -> !Files.exists(note), () -> "the hold note is marked as published; input holds " + list(input));
        assertTrue(Files.exists(input.resolve(".hold/unlicensed.md")), "the earlier copy is kept");
        String published = Files.readString(input.resolve(".hold/unlicensed.md" + ReasonFiles.PUBLISHED_SUFFIX));
        assertTrue(published.contains("no licence") && published.contains("Published later from a new copy"), published);
    }

    private static void assertRefused(String name, String reasonFragment) throws IOException {
        Path reason = input.resolve(".error/" + name + ".error.txt");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".error/" + name)) && Files.exists(reason),
                () -> name + " and its reason in input/.error/; input holds " + list(input));
        String text = Files.readString(reason, StandardCharsets.UTF_8);
        assertTrue(text.contains(reasonFragment), "reason for " + name + " says '" + reasonFragment + "': " + text);
        assertFalse(Files.exists(input.resolve(name)), name + " left the input folder");
    }

    private static Path findManifest(String inputName) throws IOException {
        return ServiceFixture.manifestFor(output, inputName);
    }

    private static String list(Path dir) {
        return ServiceFixture.tree(dir);
    }
}
