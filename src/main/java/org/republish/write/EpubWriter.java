package org.republish.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;

/**
 * An EPUB 3.3 book of one article, written by hand as a zip: the EPUB
 * libraries on Maven Central write EPUB 2. The book holds a title page, the
 * article as laid out by {@link ArticleXhtml} (the same document the HTML and
 * PDF are made from), a navigation document built from the article's
 * headings, and the e-reader stylesheet.
 *
 * <p>Images: the images the article carries ({@link CarriedImages}) are
 * stored in the book; the layout has already stood the alt text in for any
 * other, which EPUBCheck would reject as a reference to a remote resource.
 *
 * <p>The same article always gives the same bytes: the identifier is a
 * name-based UUID of the original URL (else of title and authors),
 * {@code dcterms:modified} and the zip entry times come from the article's own
 * dates (see {@link EpubDates#modifiedOf}), and the entries are written in a
 * fixed order. A {@link Clock} may be given instead for a real modification
 * time, at the cost of that repeatability. Thread-safe; build once and share.
 */
public final class EpubWriter implements ArticleWriter {

    /** The book and what writing it changed or left out. */
    public record Output(byte[] bytes, List<Notice> notices) {
    }

    static final String RULE = "write.epub";
    static final String MIMETYPE = OutputFormat.EPUB.mediaType();
    static final String FOLDER = "EPUB/";
    static final String PACKAGE = "package.opf";
    static final String NAV = "nav.xhtml";
    static final String TITLE_PAGE = "title.xhtml";
    static final String CHAPTER = "chapter.xhtml";
    static final String CSS = "css/epub.css";
    static final String IMAGES = "images/";

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="%s" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """.formatted(FOLDER + PACKAGE);

    /**
     * Zip entry times are DOS times (1980 to 2107). At the very first DOS
     * moment, and outside the range, Java adds an extended-timestamp extra
     * field, which the mimetype entry must not have.
     */
    private static final LocalDateTime EARLIEST_ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime LATEST_ZIP_TIME = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private final ArticleXhtml layout;
    private final String css;
    private final Clock clock;
    private final String publisher;
    private final EpubChapter chapters = new EpubChapter();

    /** Dates the book from the article's own dates, so output is repeatable. */
    public EpubWriter(ArticleXhtml layout, Stylesheets stylesheets) {
        this(layout, stylesheets, null);
    }

    /** Dates the book by {@code clock}, or from the article's dates when it is null. */
    public EpubWriter(ArticleXhtml layout, Stylesheets stylesheets, Clock clock) {
        this(layout, stylesheets, clock, null);
    }

    /**
     * @param publisher the republishing house named as the book's dc:publisher ({@code republish.publisher}),
     *                  or null for none
     */
    public EpubWriter(ArticleXhtml layout, Stylesheets stylesheets, Clock clock, String publisher) {
        this.layout = layout;
        this.css = stylesheets.epub();
        this.clock = clock;
        this.publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    }

    @Override
    public OutputFormat outputFormat() {
        return OutputFormat.EPUB;
    }

    @Override
    public byte[] write(Article article) {
        return build(article).bytes();
    }

    @Override
    public Rendering render(Article article) {
        Output out = build(article);
        return new Rendering(out.bytes(), out.notices());
    }

    public Output build(Article article) {
        ArticleMeta meta = article.meta().toBuilder().lang(languageTag(article.meta().lang())).build();
        ArticleXhtml.Layout laid = layout.render(article.withMeta(meta));
        ArticleDeadline.check();

        Document chapter = laid.document();
        chapter.selectFirst("html").attr("xmlns:epub", EpubPages.EPUB_NS);
        chapter.head().appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", CSS);
        chapter.body().attr("epub:type", "bodymatter");
        SaidOnce.trimChapter(chapter);
        ArticleDeadline.check();
        EpubChapter.Prepared prepared = chapters.prepare(chapter, IMAGES, meta.originalUrl());
        ArticleDeadline.check();

        Document titlePage = EpubPages.titlePage(meta, CSS);
        chapters.prepare(titlePage, IMAGES, meta.originalUrl()); // same link rules as the chapter
        Document nav = EpubPages.navigation(meta, laid.headings(), prepared.headingIds(), CSS, TITLE_PAGE, CHAPTER);

        List<EpubPackageDocument.Item> items = new ArrayList<>();
        items.add(new EpubPackageDocument.Item("nav", NAV, "application/xhtml+xml", "nav", false));
        items.add(new EpubPackageDocument.Item("title-page", TITLE_PAGE, "application/xhtml+xml", null, true));
        // a content document holding MathML must say so (EPUB 3, manifest item properties)
        String chapterProperties = chapter.selectFirst("math") != null ? "mathml" : null;
        items.add(new EpubPackageDocument.Item("chapter", CHAPTER, "application/xhtml+xml", chapterProperties, true));
        items.add(new EpubPackageDocument.Item("css", CSS, "text/css", null, false));
        for (EpubChapter.Image image : prepared.images()) {
            items.add(new EpubPackageDocument.Item(image.id(), image.href(), image.mediaType(), null, false));
        }
        EpubPackageDocument.Content content = new EpubPackageDocument.Content(
                !laid.headings().isEmpty(),
                prepared.images().size(),
                prepared.images().stream().allMatch(EpubChapter.Image::hasAlt),
                prepared.images().stream().anyMatch(i -> i.mediaType().equals("image/gif")
                        || i.mediaType().equals("image/webp")),
                chapterProperties != null);
        Instant modified = clock == null
                ? EpubDates.modifiedOf(meta.published(), meta.republished())
                : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String opf = EpubPackageDocument.write(meta, identifierOf(meta), modified, items, content, publisher);

        ArticleDeadline.check();
        byte[] bytes = zip(modified, opf, EpubPages.serialize(nav), EpubPages.serialize(titlePage),
                EpubPages.serialize(chapter), prepared.images());
        return new Output(bytes, noticesOf(prepared));
    }

    /** A stable identifier: the same original URL (else title and authors) always gives the same UUID. */
    static String identifierOf(ArticleMeta meta) {
        String name = meta.originalUrl() != null && !meta.originalUrl().isBlank()
                ? "url:" + meta.originalUrl().strip()
                : "title:" + ArticleXhtml.titleOf(meta) + "\nauthors:" + ArticleXhtml.authorNames(meta);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** A well-formed BCP 47 tag for the article's language: "en_GB" becomes "en-GB"; unusable values give "en". */
    static String languageTag(String lang) {
        if (lang == null || lang.isBlank()) {
            return "en";
        }
        String tag = Locale.forLanguageTag(lang.strip().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? "en" : tag;
    }

    private static List<Notice> noticesOf(EpubChapter.Prepared prepared) {
        List<Notice> notices = new ArrayList<>();
        if (prepared.linksUnwrapped() > 0) {
            notices.add(Notice.change(RULE, "Links that pointed nowhere (empty fragments or relative paths "
                    + "without an original URL) were kept as plain text in the EPUB.", prepared.linksUnwrapped(), null));
        }
        return notices;
    }

    private byte[] zip(Instant modified, String opf, String nav, String titlePage, String chapter,
                       List<EpubChapter.Image> images) {
        LocalDateTime time = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
        if (time.isBefore(EARLIEST_ZIP_TIME)) {
            time = EARLIEST_ZIP_TIME;
        } else if (time.isAfter(LATEST_ZIP_TIME)) {
            time = LATEST_ZIP_TIME;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // the mimetype comes first, uncompressed and without extra fields, so readers can sniff it
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            first.setTimeLocal(time);
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();

            entry(zip, time, "META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
            entry(zip, time, FOLDER + PACKAGE, opf.getBytes(StandardCharsets.UTF_8));
            entry(zip, time, FOLDER + NAV, nav.getBytes(StandardCharsets.UTF_8));
            entry(zip, time, FOLDER + TITLE_PAGE, titlePage.getBytes(StandardCharsets.UTF_8));
            entry(zip, time, FOLDER + CHAPTER, chapter.getBytes(StandardCharsets.UTF_8));
            entry(zip, time, FOLDER + CSS, css.getBytes(StandardCharsets.UTF_8));
            for (EpubChapter.Image image : images) {
                entry(zip, time, FOLDER + image.href(), image.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, LocalDateTime time, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
