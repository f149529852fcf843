package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, in-process: every PDF the writer makes must be PDF/A-2u and PDF/UA-1 at once. */
class PdfComplianceTest {

    private static PdfWriter writer;

    @BeforeAll
    static void buildWriter() {
        PdfTesting.quietLibraryLogs();
        writer = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled());
    }

    @Test
    void licensedSampleIsPdfA2uAndPdfUa1() throws Exception {
        byte[] pdf = writer.write(PdfTesting.licensedSample());
        Files.write(PdfTesting.outputDir().resolve("sample-licensed.pdf"), pdf);
        assertCompliant(pdf);
    }

    @Test
    void letterSizedSampleWithoutLicenceIsCompliant() throws Exception {
        PdfWriter letter = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled(), "Letter");
        assertCompliant(letter.write(PdfTesting.sampleArticle()));
    }

    @Test
    void awkwardArticleIsCompliant() throws Exception {
        // many scripts, a refused remote image, a table, code, a quote, a list and a nested heading
        Element body = Article.newBody();
        body.appendElement("h2").text("Ελληνικά και Русский");
        body.appendElement("p").text("Tiếng Việt, čeština, Zażółć gęślą jaźń, Árvíztűrő tükörfúrógép.");
        body.appendElement("img").attr("src", "https://example.org/pixel.png").attr("alt", "A remote picture");
        body.appendElement("h3").text("A table");
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Year");
        head.appendElement("th").text("Aid");
        Element row = table.appendElement("tbody").appendElement("tr");
        row.appendElement("td").text("2022");
        row.appendElement("td").text("US$75 billion");
        body.appendElement("pre").appendElement("code").text("print(\"hello\")");
        body.appendElement("blockquote").appendElement("p").text("A quoted sentence.");
        Element list = body.appendElement("ul");
        list.appendElement("li").appendElement("a").attr("href", "https://example.org/").text("A link");
        list.appendElement("li").text("Plain item");
        Article article = new Article(new ArticleMeta.Builder().title("Awkward")
                .authors(List.of(Author.named("Ана Петрова"))).lang("en").tags(List.of("test", "pdf")).build(), body);
        byte[] pdf = writer.write(article);
        Files.write(PdfTesting.outputDir().resolve("awkward.pdf"), pdf);
        assertCompliant(pdf);
    }

    @Test
    void emojiInTheEmbeddedEmojiFontAreCompliant() throws Exception {
        Element body = Article.newBody();
        body.appendElement("h2").text("Launch \uD83D\uDE80");
        body.appendElement("p").text("A film \uD83C\uDFAC, a party \uD83C\uDF89 and a heart \u2764\uFE0F.");
        byte[] pdf = writer.write(new Article(new ArticleMeta.Builder().title("Emoji \uD83C\uDF89").lang("en")
                .build(), body));
        Files.write(PdfTesting.outputDir().resolve("emoji-compliance.pdf"), pdf);
        assertCompliant(pdf);
    }

    @Test
    void validatorIsNotVacuous() throws Exception {
        // a bare PDFBox page: no metadata, no tags, no embedded font; both profiles must reject it
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument bare = new org.apache.pdfbox.pdmodel.PDDocument()) {
            bare.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            bare.save(out);
        }
        ValidationResult pdfa = PdfTesting.validate(out.toByteArray(), PDFAFlavour.PDFA_2_U);
        ValidationResult pdfua = PdfTesting.validate(out.toByteArray(), PDFAFlavour.PDFUA_1);
        assertTrue(!pdfa.isCompliant() && pdfa.getTotalAssertions() > 0, "PDF/A-2u check accepted a bare PDF");
        assertTrue(!pdfua.isCompliant() && pdfua.getTotalAssertions() > 0, "PDF/UA-1 check accepted a bare PDF");
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        ValidationResult pdfa = PdfTesting.validate(pdf, PDFAFlavour.PDFA_2_U);
        ValidationResult pdfua = PdfTesting.validate(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(pdfa.isCompliant() && pdfua.isCompliant(),
                (pdfa.isCompliant() ? "" : PdfTesting.failures(pdfa) + "\n")
                        + (pdfua.isCompliant() ? "" : PdfTesting.failures(pdfua)));
    }
}
