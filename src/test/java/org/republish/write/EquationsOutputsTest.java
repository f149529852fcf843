package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.republish.read.InputDocument;
import org.republish.testsupport.EpubChecker;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * An article's equations are its words: a saved page whose equations are MathML (MathJax's sample page) keeps them
 * in the HTML page and the EPUB as MathML, and in the PDF as a line of their symbols. (The HTML page's validity is
 * checked in HtmlValidityTest, on the Nu HTML Checker's own class path.)
 */
class EquationsOutputsTest {

    private static final Path PAGE = Path.of("../shared/corpus/readability/pages/mathjax/source.html");

    @TempDir
    Path work;

    @Test
    void aPagesEquationsReachEveryFormat() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PAGE), PAGE + " is absent: equations not checked");
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(PAGE, in.resolve("mathjax.html"));
        Files.writeString(in.resolve("mathjax.yaml"), "license: CC-BY-4.0\n");
        Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of()));
        InputDocument input = new InputDocument("mathjax.html", Files.readAllBytes(in.resolve("mathjax.html")), in);

        Pipeline.Result result = pipeline.publish(input, Set.of("html", "pdf", "epub"), new OutputStore(work.resolve("out")));

        assertEquals(13, result.article().body().select("math").size(), "every equation of the page is kept");
        Path dir = result.directory();
        String base = result.folder();
        byte[] html = Files.readAllBytes(dir.resolve(base + ".html"));
        String page = new String(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""), "MathML in the HTML page");
        assertTrue(page.replaceAll("\\s+", "").contains("<mi>a</mi><mo>≠</mo><mn>0</mn>"), "the first equation, a ≠ 0");

        byte[] epub = Files.readAllBytes(dir.resolve(base + ".epub"));
        EpubChecker.Result check = EpubChecker.check(epub, base + ".epub");
        assertTrue(check.errors().isEmpty(), "EPUBCheck errors: " + check.errors());
        assertTrue(entry(epub, "EPUB/package.opf").contains("href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\" "
                + "properties=\"mathml\""), "the chapter is declared as holding MathML");
        assertTrue(entry(epub, "EPUB/package.opf").contains("<meta property=\"schema:accessibilityFeature\">MathML</meta>"),
                "the accessibility metadata names MathML");
        assertTrue(entry(epub, "EPUB/chapter.xhtml").contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""));

        byte[] pdf = Files.readAllBytes(dir.resolve(base + ".pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("a ≠ 0"), text);
            assertTrue(text.contains("√("), "a square root is marked as one: " + text);
        }
        ValidationResult pdfa = PdfTesting.validate(pdf, PDFAFlavour.PDFA_2_U);
        ValidationResult pdfua = PdfTesting.validate(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(pdfa.isCompliant() && pdfua.isCompliant(),
                (pdfa.isCompliant() ? "" : PdfTesting.failures(pdfa) + "\n") + (pdfua.isCompliant() ? "" : PdfTesting.failures(pdfua)));
    }

    private static String entry(byte[] epub, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the EPUB");
    }
}
