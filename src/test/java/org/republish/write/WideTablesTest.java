package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;

/** Tables wider than the column: turned sideways on a page of their own, and never cut off at the margin. */
class WideTablesTest {

    private static PdfWriter writer;

    @BeforeAll
    static void buildWriter() {
        PdfTesting.quietLibraryLogs();
        writer = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled());
    }

    private static Element table(Element body, List<String> headings, int rows) {
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        headings.forEach(h -> head.appendElement("th").text(h));
        Element tbody = table.appendElement("tbody");
        for (int r = 0; r < rows; r++) {
            Element row = tbody.appendElement("tr");
            for (int c = 0; c < headings.size(); c++) {
                row.appendElement("td").text(c == 0 ? "row" + r : "value_" + r + "_" + c);
            }
        }
        return table;
    }

    @Test
    void theNarrowestWidthIsEachColumnsLongestWord() {
        Element body = Article.newBody();
        Element t = table(body, List.of("a", "author_association"), 1);
        // "row0" / "a" -> 4; "author_association" / "value_0_1" -> 18; plus 1.5 a column
        assertEquals(4 + 18 + 3.0, TableLayout.narrowestWidth(t), 0.001);
    }

    @Test
    void aTableTooWideForThePortraitColumnIsTurnedAndNothingRunsOffThePage() throws Exception {
        List<String> identifiers = List.of("title", "author_association", "created_at_timestamp", "closed_at_timestamp",
                "comment_url_of_the_review", "x4_review_s_in_awaiting_changes", "x0_presubmission",
                "x3_reviewer_s_assigned", "x1_editor_checks", "x5_awaiting_reviewer_s_response",
                "x2_seeking_reviewer_s", "x6_approved", "out_of_scope", "holding_legacy_status");
        Element body = Article.newBody();
        body.appendElement("p").text("Before the tables.");
        table(body, identifiers.subList(0, 7), 3); // turned: its words fit sideways
        body.appendElement("p").text("Between the tables.");
        table(body, identifiers, 3); // too wide even sideways: its words break
        body.appendElement("p").text("After the tables.");
        byte[] pdf = writer.write(new Article(new ArticleMeta.Builder().title("Wide tables").lang("en").build(), body));
        Files.write(PdfTesting.outputDir().resolve("wide-tables.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int landscape = 0;
            for (PDPage page : doc.getPages()) {
                if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) {
                    landscape++;
                }
            }
            assertTrue(landscape >= 1, "a page turned sideways");
            assertTrue(landscape < doc.getNumberOfPages(), "the text around the tables stays upright");
            List<String> outside = new ArrayList<>();
            float margin = 27 / 25.4f * 72;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws java.io.IOException {
                    super.writeString(text, positions);
                    float right = getCurrentPage().getMediaBox().getWidth() - margin;
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank() && (p.getXDirAdj() < margin - 1
                                || p.getXDirAdj() + p.getWidthDirAdj() > right + 1)) {
                            outside.add(p.getUnicode());
                        }
                    }
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s+", "");
            assertEquals(List.of(), outside, "glyphs outside the text column");
            for (String heading : identifiers.subList(0, 7)) {
                assertTrue(text.contains(heading), "the turned table's headings are whole: " + heading);
            }
            // the widest table's words are broken, and their pieces interleave in the extracted text: count them
            long source = body.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
            assertTrue(text.length() >= source, "every character is in the PDF: " + text.length() + " of " + source);
        }
        assertTrue(PdfTesting.validate(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_U).isCompliant(),
                "still PDF/A-2u with a page turned");
    }

    @Test
    void aNarrowTableStaysInTheColumn() throws Exception {
        Element body = Article.newBody();
        table(body, List.of("year", "aid", "source"), 2);
        assertFalse(body.outerHtml().contains("turn-page"));
        byte[] pdf = writer.write(new Article(new ArticleMeta.Builder().title("Narrow").lang("en").build(), body));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getMediaBox().getWidth() < page.getMediaBox().getHeight(), "upright");
            }
        }
    }
}
