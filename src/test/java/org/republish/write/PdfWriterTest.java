package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.Notice;

class PdfWriterTest {

    private static PdfWriter writer;

    @BeforeAll
    static void buildAndWarm() throws Exception {
        PdfTesting.quietLibraryLogs();
        writer = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled());
        long ms = writer.warmUp();
        System.out.println("PdfWriter warm-up: " + ms + " ms");
    }

    @Test
    void namesItsFormat() {
        assertEquals("pdf", writer.format());
        assertEquals("pdf", writer.extension());
    }

    @Test
    void sampleHasTitleAndBodyTextAsRealText() throws Exception {
        Article article = PdfTesting.sampleArticle();
        byte[] bytes = writer.write(article);
        Files.write(PdfTesting.outputDir().resolve("sample.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains("Russia wants military aid from China"), "title missing from the text layer");
            assertTrue(text.contains("Economically, China\u2019s interests in Russia include money, energy and trade opportunities."),
                    "a body sentence is missing from the text layer");
            assertTrue(pdf.getNumberOfPages() > 1, "the sample should run over more than one page");
        }
    }

    @Test
    void infoDictionaryAndViewerShowTheTitle() throws Exception {
        Article article = PdfTesting.sampleArticle();
        try (PDDocument pdf = Loader.loadPDF(writer.write(article))) {
            var info = pdf.getDocumentInformation();
            assertEquals(ArticleXhtml.titleOf(article.meta()), info.getTitle());
            assertNotNull(info.getSubject(), "PDF/UA needs a subject (description)");
            assertNotNull(info.getCreationDate());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                    "viewers should show the title, not the file name");
            assertEquals(article.meta().langOrDefault(), pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "PDF/UA needs a tagged PDF");
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            assertEquals(info.getTitle(), PdfRights.firstText(xmp, PdfRights.DC, "title"), "XMP title must match Info");
        }
    }

    @Test
    void authorAppearsInInfoAndXmp() throws Exception {
        Article article = tinyArticle("Plain text.").withMeta(new ArticleMeta.Builder().title("Authored")
                .authors(List.of(Author.named("Ada Lovelace"), Author.named("Charles Babbage"))).lang("en").build());
        try (PDDocument pdf = Loader.loadPDF(writer.write(article))) {
            assertEquals("Ada Lovelace, Charles Babbage", pdf.getDocumentInformation().getAuthor());
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            assertEquals("Ada Lovelace, Charles Babbage", PdfRights.firstText(xmp, PdfRights.DC, "creator"));
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(writer.write(PdfTesting.sampleArticle()))) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font instanceof PDType0Font, font.getName() + " should be a Unicode (Type 0) font");
                    assertTrue(font.getName().contains("DejaVu"), "unexpected font " + font.getName());
                }
            }
            assertTrue(fonts > 0, "no fonts at all: the text was dropped");
        }
    }

    @Test
    void outlineListsTheHeadingsInOrder() throws Exception {
        Article article = PdfTesting.sampleArticle();
        List<String> headings = new ArticleXhtml().render(article).headings().stream()
                .map(ArticleXhtml.Heading::text).toList();
        assertFalse(headings.isEmpty());
        try (PDDocument pdf = Loader.loadPDF(writer.write(article))) {
            assertEquals(headings, PdfTesting.outlineTitles(pdf));
            // "Western pressure" is an h3 under the h2 before it, so it nests
            var top = pdf.getDocumentCatalog().getDocumentOutline();
            long topLevel = 0;
            for (var item : top.children()) {
                topLevel++;
            }
            assertTrue(topLevel < headings.size(), "the h3 should nest under its h2");
        }
    }

    @Test
    void laterPagesCarryRunningHeadAndPageNumber() throws Exception {
        Article article = PdfTesting.sampleArticle();
        try (PDDocument pdf = Loader.loadPDF(writer.write(article))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String lines = stripper.getText(pdf);
            String title = ArticleXhtml.titleOf(article.meta());
            assertTrue(lines.lines().anyMatch(l -> l.strip().equals(title)), "page 2 lacks the running head:\n" + lines);
            assertTrue(lines.lines().anyMatch(l -> l.strip().equals("2")), "page 2 lacks its number:\n" + lines);

            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String firstPage = oneLine(stripper.getText(pdf));
            assertEquals(firstPage.indexOf(title), firstPage.lastIndexOf(title),
                    "page 1 shows the title once (the heading), with no running head above it");
            assertTrue(firstPage.contains(title));
        }
    }

    @Test
    void firstPageRendersVisibly() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(writer.write(PdfTesting.sampleArticle()))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            ImageIO.write(image, "png", PdfTesting.outputDir().resolve("sample-page1.png").toFile());
            // page 2 too, to look at the running head by eye
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(1, 72), "png",
                    PdfTesting.outputDir().resolve("sample-page2.png").toFile());
            int inked = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        inked++;
                    }
                }
            }
            double share = inked / (double) (image.getWidth() * image.getHeight());
            assertTrue(share > 0.02, "page 1 is almost blank: " + inked + " non-white pixels");
            assertTrue(share < 0.6, "page 1 is mostly ink: " + inked + " non-white pixels");
        }
    }

    @Test
    void pageSizeIsA4ByDefaultAndLetterOnRequest() throws Exception {
        Article article = tinyArticle("A short text.");
        try (PDDocument a4 = Loader.loadPDF(writer.write(article))) {
            assertEquals(595, Math.round(a4.getPage(0).getMediaBox().getWidth()));
            assertEquals(842, Math.round(a4.getPage(0).getMediaBox().getHeight()));
        }
        PdfWriter letterWriter = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled(), "Letter");
        assertEquals(PdfWriter.PageSize.LETTER, letterWriter.pageSize());
        try (PDDocument letter = Loader.loadPDF(letterWriter.write(article))) {
            assertEquals(612, Math.round(letter.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(letter.getPage(0).getMediaBox().getHeight()));
        }
        assertThrows(IllegalArgumentException.class, () -> PdfWriter.PageSize.of("B5"));
    }

    @Test
    void manyScriptsSurviveAsText() throws Exception {
        List<String> lines = List.of(
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                "Tiếng Việt có dấu: Hà Nội, Đà Nẵng, người, phượng, ữ, ậ.",
                "Čeština: Příliš žluťoučký kůň úpěl ďábelské ódy.",
                "Polski: Zażółć gęślą jaźń. Magyar: Árvíztűrő tükörfúrógép.",
                "Ελληνικά: Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.",
                "Русский: Съешь же ещё этих мягких французских булок, да выпей чаю.");
        Element body = Article.newBody();
        for (String line : lines) {
            body.appendElement("p").text(line);
        }
        Article article = new Article(new ArticleMeta.Builder().title("Écritures — Γραφές — Письмо").lang("la").build(), body);
        ArticleWriter.Rendering rendering = writer.render(article);
        assertTrue(rendering.warnings().stream().noneMatch(n -> n.rule().equals("write.pdf.fonts")),
                "DejaVu should cover all of these: " + rendering.warnings());
        Files.write(PdfTesting.outputDir().resolve("scripts.pdf"), rendering.bytes());
        try (PDDocument pdf = Loader.loadPDF(rendering.bytes())) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            for (String line : lines) {
                assertTrue(text.contains(line), "lost or garbled: " + line + "\nin: " + text);
            }
            assertTrue(text.contains("Écritures — Γραφές — Письмо"));
        }
    }

    @Test
    void emojiAreSetInTheEmbeddedEmojiFontAndKeptAsText() throws Exception {
        // in plain, bold and italic text, a heading and a link: each falls back to Noto Emoji
        String[] emoji = {"\uD83C\uDFAC", "\uD83D\uDC47", "\uD83C\uDF89", "\uD83D\uDE80", "\u2764", "\u2705"};
        Element body = Article.newBody();
        body.appendElement("h2").text("Launch " + emoji[3]);
        Element p = body.appendElement("p");
        p.appendText("We shot a film " + emoji[0] + " and it is below " + emoji[1] + ". ");
        p.appendElement("strong").text("Party " + emoji[2]);
        p.appendText(" and ");
        p.appendElement("em").text("love " + emoji[4]);
        p.appendText(" ");
        p.appendElement("a").attr("href", "https://example.org/").text("done " + emoji[5]);
        ArticleWriter.Rendering rendering = writer.render(new Article(new ArticleMeta.Builder().title("Emoji")
                .lang("en").build(), body));
        assertTrue(rendering.warnings().stream().noneMatch(n -> n.rule().equals("write.pdf.fonts")),
                "the emoji font covers these: " + rendering.warnings());
        Files.write(PdfTesting.outputDir().resolve("emoji.pdf"), rendering.bytes());
        try (PDDocument pdf = Loader.loadPDF(rendering.bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String e : emoji) {
                assertTrue(text.contains(e), "emoji " + e + " kept as text: " + text);
            }
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.contains("NotoEmoji-Regular"), "embedded: " + fonts);
        }
    }

    @Test
    void charactersNoFontCanShowAreReported() throws Exception {
        ArticleWriter.Rendering rendering = writer.render(tinyArticle("Chinese: 中国 and Russian: Россия."));
        Notice warning = rendering.warnings().stream()
                .filter(n -> n.rule().equals("write.pdf.fonts")).findFirst().orElseThrow();
        assertEquals(Notice.Level.WARNING, warning.level());
        assertEquals(2, warning.count());
        assertTrue(warning.example().contains("U+4E2D"), warning.example());
        assertTrue(warning.example().contains("U+56FD"), warning.example());
        try (PDDocument pdf = Loader.loadPDF(rendering.bytes())) {
            assertTrue(oneLine(new PDFTextStripper().getText(pdf)).contains("Russian: Россия."));
        }
    }

    @Test
    void remoteAndLocalImagesAreRefusedWithoutAnyConnection() throws Exception {
        Path secret = Files.writeString(PdfTesting.outputDir().resolve("secret.css"), "p { color: red }");
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String remote = "http://127.0.0.1:" + server.getLocalPort() + "/pixel.png";
            Element body = Article.newBody();
            body.appendElement("p").text("Before the picture.");
            body.appendElement("img").attr("src", remote).attr("alt", "A remote picture");
            body.appendElement("img").attr("src", secret.toUri().toString()).attr("alt", "A local file");
            body.appendElement("img").attr("src", "relative/picture.png").attr("alt", "A relative picture");
            body.appendElement("p").text("After the picture.")
                    .attr("style", "background-image: url(http://127.0.0.1:" + server.getLocalPort() + "/bg.png)");
            Article article = new Article(new ArticleMeta.Builder().title("Pictures").lang("en").build(), body);

            ArticleWriter.Rendering rendering = writer.render(article);

            AtomicInteger connections = new AtomicInteger();
            try {
                server.accept().close();
                connections.incrementAndGet();
            } catch (SocketTimeoutException none) {
                // what we want: nobody knocked
            }
            assertEquals(0, connections.get(), "the renderer connected to " + remote);
            Notice warning = rendering.warnings().stream()
                    .filter(n -> n.rule().equals("write.pdf.resources")).findFirst().orElseThrow();
            // the layout already put the images' alt text in their place; the renderer's guard
            // is the second line of defence and refuses what is left (the CSS background)
            assertEquals("http://127.0.0.1:" + server.getLocalPort() + "/bg.png", warning.example());
            assertEquals(1, warning.count(), warning.toString());
            try (PDDocument pdf = Loader.loadPDF(rendering.bytes())) {
                String text = oneLine(new PDFTextStripper().getText(pdf));
                assertTrue(text.contains("Before the picture.") && text.contains("After the picture."));
                assertTrue(text.contains("A remote picture") && text.contains("A relative picture"), text);
                assertEquals(0, PdfTesting.imageCount(pdf), "no image could have been loaded");
            }
        }
    }

    @Test
    void anImageWithoutAltTextIsDescribedInTheArticlesLanguage() throws Exception {
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
        Element body = Article.newBody();
        body.appendElement("p").text("Un filet d'or sépare les parties.");
        body.appendElement("p").appendElement("img").attr("src", png).attr("alt", "");
        Element figure = body.appendElement("figure");
        figure.appendElement("img").attr("src", png);
        figure.appendElement("figcaption").text("Le point rouge du relevé");
        byte[] pdf = writer.write(new Article(new ArticleMeta.Builder().title("Décor").lang("fr").build(), body));
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collectFigureAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        assertEquals(List.of("Image décorative", "Le point rouge du relevé"), alts);
    }

    private static void collectFigureAlts(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigureAlts(e.getKids(), alts);
            }
        }
    }

    @Test
    void imagesAlreadyInTheDocumentAreDrawn() throws Exception {
        // a 1x1 red PNG
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
        Element body = Article.newBody();
        body.appendElement("p").appendElement("img").attr("src", png).attr("alt", "A red dot")
                .attr("style", "width: 20mm; height: 20mm");
        ArticleWriter.Rendering rendering = writer.render(
                new Article(new ArticleMeta.Builder().title("Dot").lang("en").build(), body));
        assertTrue(rendering.warnings().isEmpty(), rendering.warnings().toString());
        try (PDDocument pdf = Loader.loadPDF(rendering.bytes())) {
            assertEquals(1, PdfTesting.imageCount(pdf));
        }
    }

    @Test
    void licenceIsInTheXmpMetadata() throws Exception {
        Article article = PdfTesting.licensedSample();
        try (PDDocument pdf = Loader.loadPDF(writer.write(article))) {
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            assertEquals("True", PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "Marked"));
            assertEquals("https://creativecommons.org/licenses/by-nd/4.0/",
                    PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "WebStatement"));
            assertEquals(article.meta().attribution().plainText(),
                    PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "UsageTerms"));
            assertEquals("Licensed under CC BY-ND 4.0 (https://creativecommons.org/licenses/by-nd/4.0/).",
                    PdfRights.firstText(xmp, PdfRights.DC, "rights"));
            // openhtmltopdf's own properties are still there
            assertEquals("2", PdfRights.firstText(xmp, "http://www.aiim.org/pdfa/ns/id/", "part"));
        }
    }

    @Test
    void noLicenceMeansNoRightsClaim() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(writer.write(tinyArticle("Unlicensed.")))) {
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            assertEquals(null, PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "Marked"));
            assertEquals(null, PdfRights.firstText(xmp, PdfRights.DC, "rights"));
        }
    }

    @Test
    void printSourceHasWhatPdfUaNeeds() throws Exception {
        var doc = writer.printSource(PdfTesting.sampleArticle());
        assertFalse(doc.selectFirst("html").attr("lang").isBlank());
        assertFalse(doc.head().select("title").text().isBlank());
        assertFalse(doc.head().select("meta[name=subject]").attr("content").isBlank());
        assertTrue(doc.body().select("a[href]").stream().noneMatch(a -> a.attr("title").isBlank()),
                "every link needs a title");
        assertEquals(1, doc.body().select("div.running-head").size());
    }

    @Test
    void sharedWriterServesThreadsAtOnce() throws Exception {
        Article article = PdfTesting.sampleArticle();
        String sentence = "Massive military aid to a struggling army is not cheap.";
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> writer.write(article)));
            }
            for (Future<byte[]> result : results) {
                try (PDDocument pdf = Loader.loadPDF(result.get())) {
                    assertTrue(oneLine(new PDFTextStripper().getText(pdf)).contains(sentence));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void warmRenderingTime() throws Exception {
        Article article = PdfTesting.sampleArticle();
        int runs = 5;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            writer.write(article);
        }
        long perPdf = (System.nanoTime() - start) / 1_000_000 / runs;
        System.out.println("PdfWriter warm: " + perPdf + " ms per PDF of the sample");
        assertTrue(perPdf < 5000, "a warm PDF took " + perPdf + " ms");
    }

    static Article tinyArticle(String paragraph) {
        Element body = Article.newBody();
        body.appendElement("p").text(paragraph);
        return new Article(new ArticleMeta.Builder().title("Tiny").lang("en").build(), body);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
