package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.pipeline.Pipeline;
import org.republish.testsupport.EpubChecker;
import org.republish.testsupport.Samples;

/** The sample's attribution, read back from every output the way other tools read it. */
class SampleAttributionOutputsTest {

    private static final String DEED = "https://creativecommons.org/licenses/by-nd/4.0/";

    @TempDir
    Path out;

    @Test
    void everyOutputCarriesTheLicenceAndCredit() throws Exception {
        Pipeline.Result r = Assembly.pipeline(Settings.of(Map.of()))
                .publish(Samples.input(Samples.sampleArticle()), Set.of("html", "pdf", "epub"), new OutputStore(out));
        Path dir = r.directory();
        String base = r.folder();

        Document html = Jsoup.parse(Files.readString(dir.resolve(base + ".html")));
        assertEquals("Michael A. Allen, Boise State University", html.selectFirst(".byline").text());
        assertEquals(DEED, html.selectFirst("link[rel=license]").attr("href"));
        assertEquals(DEED, html.selectFirst("footer.attribution a[rel=license]").attr("href"));
        String notice = html.selectFirst("footer.attribution").text();
        assertEquals("This article is republished from The Conversation under a Creative Commons license "
                + "(CC BY-ND 4.0). Read the original article.", notice);
        JsonNode ld = new ObjectMapper().readTree(html.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Michael A. Allen", ld.path("author").get(0).path("name").asText());
        assertEquals("Boise State University", ld.path("author").get(0).path("affiliation").path("name").asText());
        assertEquals("2023-03-08T14:39:00+01:00", ld.path("datePublished").asText());
        assertEquals(DEED, ld.path("license").asText());
        assertEquals("The Conversation", ld.path("sourceOrganization").path("name").asText());

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve(base + ".pdf")))) {
            assertEquals("Michael A. Allen", pdf.getDocumentInformation().getAuthor());
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            assertEquals("True", PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "Marked"));
            assertEquals(DEED, PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "WebStatement"));
            assertEquals(notice, PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "UsageTerms"));
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("CC BY-ND 4.0"),
                    "the visible notice is in the PDF");
            org.apache.pdfbox.text.PDFTextStripper page2 = new org.apache.pdfbox.text.PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            assertTrue(page2.getText(pdf).contains("\u2014 The Conversation"), "the running head names the source");
        }

        byte[] epub = Files.readAllBytes(dir.resolve(base + ".epub"));
        EpubChecker.Result check = EpubChecker.check(epub, "sample-attribution");
        assertTrue(check.clean(), check::problems);
        Document opf = Jsoup.parse(new String(EpubWriterTest.entries(epub).get("EPUB/package.opf"), StandardCharsets.UTF_8),
                "", Parser.xmlParser());
        assertEquals("Michael A. Allen", opf.selectFirst("dc|creator").text());
        assertEquals(notice, opf.selectFirst("dc|rights").text());
        assertNotNull(opf.selectFirst("link[rel=cc:license][href=" + DEED + "]"));
        assertEquals("en", opf.selectFirst("dc|language").text());

        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("CC-BY-ND-4.0", manifest.path("article").path("license").path("id").asText());
        assertEquals(notice, manifest.path("article").path("attribution").asText());
        assertTrue(manifest.path("warnings").toString().contains("original URL missing"));
    }
}
