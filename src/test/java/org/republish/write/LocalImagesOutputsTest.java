package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Assembly;
import org.republish.model.Notice;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.testsupport.EpubChecker;
import org.republish.testsupport.ServiceFixture;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * An article whose images sit beside it: every output carries them, and
 * stays valid (veraPDF PDF/A-2u and PDF/UA-1, EPUBCheck, parsed HTML); an
 * image that is missing, outside the folder or not an image is left out
 * with a warning naming it.
 */
class LocalImagesOutputsTest {

    @TempDir
    Path work;

    @Test
    void imagesBesideTheArticleAreCarriedByEveryOutput() throws Exception {
        Path folder = Files.createDirectories(work.resolve("input"));
        Files.write(folder.resolve("photo one.png"), image("png", Color.RED));
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/chart.jpg"), image("jpg", Color.BLUE));
        Files.write(work.resolve("outside.png"), image("png", Color.GREEN));
        Files.writeString(folder.resolve("fake.png"), "not an image at all");
        String markdown = ServiceFixture.LICENSED + """
                # Pictures from the field

                The first photograph shows the site.

                ![A red square standing for the site](photo%20one.png)

                The chart sums the survey up.

                ![A blue chart of the survey](images/chart.jpg "Survey")

                ![A lost picture](missing.png) ![Not mine](../outside.png) ![A text file](fake.png)

                A decorative rule, with no alt text:

                ![](images/chart.jpg)

                The end of the article.
                """;
        Pipeline pipeline = Assembly.pipeline(ServiceFixture.settings(work, Map.of()));
        OutputStore store = new OutputStore(Files.createDirectories(work.resolve("output")));
        Pipeline.Result result = pipeline.publish(new InputDocument("field.md",
                markdown.getBytes(StandardCharsets.UTF_8), folder), Set.of("html", "pdf", "epub"), store);

        List<String> warnings = result.article().warnings().stream().map(Notice::message).toList();
        for (String name : List.of("missing.png", "../outside.png", "fake.png")) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains(name)), name + " named in " + warnings);
        }
        assertTrue(warnings.stream().noneMatch(w -> w.contains("photo%20one.png") || w.contains("chart.jpg")),
                warnings.toString());

        Path dir = result.directory();
        Document html = Jsoup.parse(Files.readString(dir.resolve(result.folder() + ".html")));
        List<String> sources = html.select("img").eachAttr("src");
        assertEquals(3, sources.stream().filter(s -> s.startsWith("data:image/")).count(), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("data:image/png;base64,")));
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("data:image/jpeg;base64,")));
        assertTrue(html.text().contains("A lost picture"), "the missing image's alt text stands in");

        byte[] pdf = Files.readAllBytes(dir.resolve(result.folder() + ".pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(PdfTesting.imageCount(doc) >= 2, "images drawn");
        }
        PdfTesting.quietLibraryLogs();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
            ValidationResult v = PdfTesting.validate(pdf, flavour);
            assertTrue(v.isCompliant(), flavour + ": " + PdfTesting.failures(v));
        }

        byte[] epub = Files.readAllBytes(dir.resolve(result.folder() + ".epub"));
        EpubChecker.Result check = EpubChecker.check(epub, "local-images");
        assertTrue(check.clean(), check.problems());
        assertTrue(imageEntries(epub) >= 2, "images stored in the book");
    }

    private static byte[] image(String format, Color color) throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static int imageEntries(byte[] epub) throws IOException {
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().matches("(?i).*\\.(png|jpe?g|gif)$")) {
                    count++;
                }
            }
        }
        return count;
    }
}
