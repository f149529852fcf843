package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.pipeline.Pipeline;
import org.republish.testsupport.EpubChecker;
import org.republish.write.OutputStore;

/** A whole saved web page goes through the pipeline to HTML, PDF, EPUB and text, article only. */
class WebPagePublishingTest {

    @TempDir
    Path work;

    @Test
    void aSavedNewsPagePublishesToEveryFormat() throws Exception {
        Path source = ReadabilityCorpusTest.CORPUS.resolve("pages/aclu/source.html");
        Assumptions.assumeTrue(Files.isRegularFile(source), source + " is absent: page publishing not checked");
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(source, in.resolve("aclu.html"));
        // the page states no licence; the editor supplies one beside it, as for any held article
        Files.writeString(in.resolve("aclu.yaml"), "license: CC-BY-4.0\n");
        Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of()));
        InputDocument input = new InputDocument("aclu.html", Files.readAllBytes(in.resolve("aclu.html")), in);

        Pipeline.Result result = pipeline.publish(input, Set.of("html", "pdf", "epub", "text"),
                new OutputStore(work.resolve("out")));

        assertEquals("Facebook Is Tracking Me Even Though I\u2019m Not on Facebook", result.article().meta().title());
        assertEquals("Daniel Kahn Gillmor", result.article().meta().authors().get(0).name());
        assertEquals("CC-BY-4.0", result.article().meta().license().spdxId());
        Path dir = result.directory();
        String base = result.folder();
        String firstWords = "I don't use Facebook. I'm not technophobic";
        String html = Files.readString(dir.resolve(base + ".html"));
        assertTrue(html.contains(firstWords), "the article's first paragraph is in the HTML page");
        assertFalse(html.contains("Stay Informed"), "no newsletter box in the HTML page");

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve(base + ".pdf")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("a globe-spanning communications network"), "the article's text is in the PDF");
        }

        byte[] epub = Files.readAllBytes(dir.resolve(base + ".epub"));
        EpubChecker.Result check = EpubChecker.check(epub, base + ".epub");
        assertTrue(check.errors().isEmpty(), "EPUBCheck errors: " + check.errors());
        assertTrue(epubText(epub).contains("a globe-spanning communications network"), "the article's text is in the EPUB");

        String text = Files.readString(dir.resolve(base + ".txt"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Facebook Is Tracking Me Even Though I\u2019m Not on Facebook\n\n"), text);
        assertTrue(text.contains("\n\nI don't use Facebook."), "paragraphs are separated by blank lines");
    }

    private static String epubText(byte[] epub) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().endsWith(".xhtml")) {
                    all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString().replaceAll("\\s+", " ");
    }
}
