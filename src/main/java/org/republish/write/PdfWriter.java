package org.republish.write;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.License;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * The article as a PDF that is both PDF/A-2u (archivable: fonts embedded,
 * colours defined, text extractable as Unicode) and PDF/UA-1 (tagged and
 * accessible), laid out by openhtmltopdf from the shared XHTML layout and the
 * print stylesheet.
 *
 * <p>The writer works on its own copy of the laid-out document and adds what
 * print and the two standards need: a subject, link titles, a running head,
 * bookmarks from the headings. The renderer is never allowed to fetch
 * anything ({@link OfflineResources}).
 *
 * <p>Thread-safe: the stylesheet, the font bytes, the colour profile and the
 * font-metrics cache are built once and only read afterwards (the cache is a
 * concurrent map); every call builds its own openhtmltopdf renderer, which is
 * not shareable. Build one writer at start-up, call {@link #warmUp()} once,
 * and share it.
 */
public final class PdfWriter implements ArticleWriter {

    /** Paper sizes the print stylesheet can be set to. */
    public enum PageSize {
        A4("A4"), LETTER("letter");

        private final String cssName;

        PageSize(String cssName) {
            this.cssName = cssName;
        }

        /** "A4" or "Letter", in any case. */
        public static PageSize of(String name) {
            Objects.requireNonNull(name, "page size");
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "a4" -> A4;
                case "letter", "us-letter" -> LETTER;
                default -> throw new IllegalArgumentException("page size must be A4 or Letter, not " + name);
            };
        }
    }

    private static final String RULE_FONTS = "write.pdf.fonts";
    private static final String RULE_RESOURCES = "write.pdf.resources";
    private static final String PRODUCER = "republish (openhtmltopdf, Apache PDFBox)";

    private final ArticleXhtml layout;
    private final String css;
    private final PageSize pageSize;
    private final PdfFonts fonts;
    private final byte[] srgbProfile;
    /** Glyph widths of the registered fonts, kept between renders; a concurrent map inside. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    public PdfWriter(ArticleXhtml layout, Stylesheets stylesheets) {
        this(layout, stylesheets, "A4");
    }

    /** @param pageSize "A4" or "Letter" */
    public PdfWriter(ArticleXhtml layout, Stylesheets stylesheets, String pageSize) {
        this(layout, stylesheets, PageSize.of(pageSize), PdfFonts.dejaVu());
    }

    public PdfWriter(ArticleXhtml layout, Stylesheets stylesheets, PageSize pageSize, PdfFonts fonts) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        // the stylesheet says A4; a later rule of equal weight wins
        this.css = stylesheets.print()
                + (pageSize == PageSize.A4 ? "" : "\n@page { size: " + pageSize.cssName + "; }\n@page turned { size: "
                        + pageSize.cssName + " landscape; }\n");
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        RendererLogging.install();
    }

    @Override
    public OutputFormat outputFormat() {
        return OutputFormat.PDF;
    }

    public PageSize pageSize() {
        return pageSize;
    }

    @Override
    public byte[] write(Article article) throws PublishException {
        return render(article).bytes();
    }

    /** The PDF with warnings about characters the fonts lack and resources left out. */
    @Override
    public Rendering render(Article article) throws PublishException {
        ArticleXhtml.Layout laidOut = layout.render(article);
        ArticleDeadline.check();
        Document source = printSource(laidOut, article.meta());
        List<Notice> warnings = new ArrayList<>();
        characterCoverage(source).ifPresent(warnings::add);
        ArticleDeadline.check();

        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(W3CDom.convert(source), null)
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(srgbProfile)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useUnicodeLineBreaker(new PunctuationLineBreaker(Locale.forLanguageTag(article.meta().langOrDefault())))
                .withProducer(PRODUCER)
                .toStream(out);
        // every content stream openhtmltopdf paints into is a buffer of this cache, whose writes check the
        // article's deadline: painting has no other hook, and is where nested blocks take the longest
        org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument(DeadlineBuffer::cache);
        builder.usePDDocument(document);
        fonts.registerOn(builder, document);
        OfflineResources guard = OfflineResources.install(builder);

        try (document; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new RightsMetadata(article.meta()));
            renderer.createPDF();
        } catch (ArticleDeadline.Exceeded stopped) {
            throw stopped;
        } catch (IOException | RuntimeException e) {
            // the renderer may have wrapped the stop in an error of its own: a stop is not a layout fault
            ArticleDeadline.check();
            throw new PublishException("The PDF of \"" + ArticleXhtml.titleOf(article.meta())
                    + "\" could not be laid out (" + e + "). The HTML and EPUB are not affected;"
                    + " report this article to the developers.", e);
        }
        // in case the renderer caught a stop and carried on
        ArticleDeadline.check();
        List<String> refused = guard.refused();
        if (!refused.isEmpty()) {
            warnings.add(new Notice(Notice.Level.WARNING, RULE_RESOURCES,
                    "The PDF leaves out " + refused.size() + " external resource(s) (images or styles)"
                            + " because republish never fetches files from the network or the disk while"
                            + " making a PDF. Embed the image in the article or drop it.",
                    refused.size(), refused.get(0)));
        }
        return new Rendering(out.toByteArray(), warnings);
    }

    /**
     * Renders a small article once so that class loading, font parsing and
     * the metrics cache are done before the first real article (the first
     * PDF otherwise takes seconds). Returns the time it took in milliseconds.
     */
    public long warmUp() {
        long start = System.nanoTime();
        ArticleMeta meta = new ArticleMeta.Builder()
                .title("Warm-up")
                .authors(List.of(Author.named("Republish")))
                .lang("en")
                .build();
        Element body = Article.newBody();
        body.appendElement("h2").text("Section");
        Element p = body.appendElement("p");
        p.appendText("Text in ");
        p.appendElement("em").text("italic");
        p.appendText(", ");
        p.appendElement("strong").text("bold");
        p.appendText(" and ");
        p.appendElement("code").text("code");
        p.appendText(", Ελληνικά, Русский, Tiếng Việt.");
        try {
            render(new Article(meta, body));
        } catch (PublishException e) {
            throw new IllegalStateException("the PDF renderer cannot render a trivial article", e);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The XHTML given to the renderer: the shared layout plus what print and
     * PDF/UA need. Public so that tests and tools can inspect it.
     */
    public Document printSource(Article article) {
        return printSource(layout.render(article), article.meta());
    }

    private Document printSource(ArticleXhtml.Layout laidOut, ArticleMeta meta) {
        Document doc = laidOut.document();
        Element head = doc.head();
        String title = ArticleXhtml.titleOf(meta);
        String summary = ArticleXhtml.summaryOf(meta);
        // PDF/UA wants a description; openhtmltopdf takes it from meta "subject"
        head.appendElement("meta").attr("name", "subject")
                .attr("content", summary == null || summary.isBlank() ? title : summary);
        if (!meta.tags().isEmpty()) {
            head.appendElement("meta").attr("name", "keywords").attr("content", String.join(", ", meta.tags()));
        }
        head.appendElement("style").appendChild(new DataNode(css));
        PunctuationBinding.bind(doc.body());
        if (!laidOut.headings().isEmpty()) {
            head.appendChild(bookmarks(laidOut.headings()));
        }

        // the running head is taken out of the flow by the stylesheet and repeated on every page but the first
        String runningHead = meta.source() == null ? title : title + " \u2014 " + meta.source().name();
        doc.body().prependElement("div").addClass("running-head").text(runningHead);

        for (Element link : doc.body().select("a[href]")) {
            if (link.attr("title").isBlank()) {
                // PDF/UA: every link annotation needs a description, which openhtmltopdf takes from the title
                String text = link.text().isBlank() ? link.attr("href") : link.text();
                link.attr("title", text);
            }
        }
        for (Element img : doc.body().select("img")) {
            if (img.attr("alt").isBlank()) {
                // PDF/UA: every figure needs alternative text; an image the author left without (decorative, in
                // HTML's terms) is described by its caption, or said to be decorative
                Element figure = img.closest("figure");
                Element caption = figure == null ? null : figure.selectFirst("figcaption");
                img.attr("alt", caption != null && !caption.text().isBlank() ? caption.text() : decorative(meta.lang()));
            }
        }
        return doc;
    }

    /** "Decorative image" in the article's language, as far as the house languages go. */
    private static String decorative(String lang) {
        String primary = lang == null ? "" : lang.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_].*", "");
        return switch (primary) {
            case "fr" -> "Image décorative";
            case "es" -> "Imagen decorativa";
            case "de" -> "Dekoratives Bild";
            default -> "Decorative image";
        };
    }

    /** openhtmltopdf's outline markup: one bookmark per heading, nested by level. */
    private static Element bookmarks(List<ArticleXhtml.Heading> headings) {
        Element root = new Element("bookmarks");
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (ArticleXhtml.Heading h : headings) {
            while (!levels.isEmpty() && levels.peek() >= h.level()) {
                levels.pop();
                open.pop();
            }
            Element parent = open.isEmpty() ? root : open.peek();
            Element mark = parent.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
            open.push(mark);
            levels.push(h.level());
        }
        return root;
    }

    /** A buffer for PDF content that stops the article when its time is up, checked at every write. */
    private static final class DeadlineBuffer extends org.apache.pdfbox.io.RandomAccessReadWriteBuffer {

        static org.apache.pdfbox.io.RandomAccessStreamCache cache() {
            return new org.apache.pdfbox.io.RandomAccessStreamCache() {
                @Override
                public org.apache.pdfbox.io.RandomAccess createBuffer() {
                    return new DeadlineBuffer();
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void write(int b) throws IOException {
            ArticleDeadline.check();
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ArticleDeadline.check();
            super.write(b, off, len);
        }
    }

    /** A warning listing characters no registered face can show; they would be missing from the PDF. */
    private Optional<Notice> characterCoverage(Document source) {
        TreeSet<Integer> missing = new TreeSet<>();
        int occurrences = 0;
        for (TextNode text : allTextNodes(source.body())) {
            String s = text.getWholeText();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !isInvisible(cp) && !fonts.shows(cp)) {
                    missing.add(cp);
                    occurrences++;
                }
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder example = new StringBuilder();
        missing.stream().limit(8).forEach(cp -> example.append(example.length() == 0 ? "" : ", ")
                .appendCodePoint(cp).append(String.format(" (U+%04X)", cp)));
        // the characters are named in the message itself: an editor reads the warning, not the example field
        return Optional.of(new Notice(Notice.Level.WARNING, RULE_FONTS,
                "The PDF fonts have no glyph for " + missing.size() + " character(s) in this article: " + example
                        + (missing.size() > 8 ? ", ..." : "") + ". No embedded font (DejaVu, Noto Emoji) has them, so "
                        + "they are missing from the PDF; the HTML and EPUB are not affected.",
                occurrences, example.toString()));
    }

    private static List<TextNode> allTextNodes(Element root) {
        List<TextNode> texts = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                texts.add(t);
            }
        });
        return texts;
    }

    /** Format characters (zero-width joiners, soft hyphens, direction marks) have no glyph to show. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    /**
     * Adds the licence to the XMP metadata once openhtmltopdf has written its
     * own (title, author, description, PDF/A and PDF/UA identification), just
     * before the document is saved.
     */
    private static final class RightsMetadata implements PDFCreationListener {
        private final ArticleMeta meta;

        RightsMetadata(ArticleMeta meta) {
            this.meta = meta;
        }

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            License license = meta.license();
            if (license != null) {
                PdfRights.mark(renderer.getPdfDocument(), license, meta.attribution());
            }
        }
    }
}
