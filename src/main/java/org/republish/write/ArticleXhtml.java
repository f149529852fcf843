package org.republish.write;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Attribution;
import org.republish.model.Author;

/**
 * Lays an article out as one XHTML document: title block, optional table of
 * contents, body, author box and attribution notice. The HTML page, the EPUB
 * chapter and the PDF source are all made from this one document, so the
 * three outputs always say the same thing. Stateless and thread-safe.
 */
public final class ArticleXhtml {

    /** Articles with at least this many sections get a table of contents... */
    public static final int TOC_MIN_SECTIONS = 3;

    /**
     * ...when they are also at least this long (words): above a short news story a contents box only pushes the
     * lede below the fold on a phone.
     */
    public static final int TOC_MIN_WORDS = 1500;

    /** A heading of the body, with the id it was given: what a table of contents lists. */
    public record Heading(int level, String id, String text) {
    }

    /** The laid-out document and the headings found in its body, in order. */
    public record Layout(Document document, List<Heading> headings) {
    }

    private static final String MATHML_NAMESPACE = "http://www.w3.org/1998/Math/MathML";

    public Layout render(Article article) {
        ArticleMeta meta = article.meta();
        Document doc = Document.createShell("");
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        Element html = doc.selectFirst("html");
        html.attr("xmlns", "http://www.w3.org/1999/xhtml");
        html.attr("lang", meta.langOrDefault());
        html.attr("xml:lang", meta.langOrDefault());

        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(titleOf(meta));
        if (!meta.authors().isEmpty()) {
            head.appendElement("meta").attr("name", "author").attr("content", authorNames(meta));
        }
        String summary = summaryOf(meta);
        if (summary != null) {
            head.appendElement("meta").attr("name", "description").attr("content", summary);
        }

        Element articleEl = doc.body().appendElement("article");
        articleEl.appendChild(titleBlock(meta));

        Element content = doc.createElement("div").addClass("article-body");
        for (Node node : article.body().childNodes()) {
            content.appendChild(node.clone());
        }
        for (Element math : content.select("math")) {
            // XHTML readers (EPUB) know MathML by its namespace
            math.attr("xmlns", MATHML_NAMESPACE);
        }
        LayoutWords words = LayoutWords.of(meta.langOrDefault());
        standInForImages(content, words);
        closeOutlineGaps(content);
        List<Heading> headings = identifyHeadings(content);
        NoteLayout.apply(content, words);
        TableLayout.apply(content, words);
        long sections = headings.stream().filter(h -> h.level() == 2).count();
        if (sections >= TOC_MIN_SECTIONS && content.text().split("\\s+").length >= TOC_MIN_WORDS) {
            articleEl.appendChild(tableOfContents(headings, meta.langOrDefault()));
        }
        articleEl.appendChild(content);
        InPageLinks.unwrapDangling(content, articleEl);

        Element authorBox = authorBox(meta);
        if (authorBox != null) {
            articleEl.appendChild(authorBox);
        }
        if (meta.attribution() != null) {
            Element footer = articleEl.appendElement("footer").addClass("attribution");
            Element p = footer.appendElement("p");
            appendSpans(p, meta.attribution());
        }
        return new Layout(doc, headings);
    }

    public static String titleOf(ArticleMeta meta) {
        return meta.title() == null || meta.title().isBlank() ? "Untitled article" : meta.title();
    }

    public static String authorNames(ArticleMeta meta) {
        return meta.authors().stream().map(Author::name).collect(Collectors.joining(", "));
    }

    /** The description for metadata: the given one, else the standfirst. */
    public static String summaryOf(ArticleMeta meta) {
        if (meta.description() != null && !meta.description().isBlank()) {
            return meta.description();
        }
        return meta.standfirst();
    }

    private static Element titleBlock(ArticleMeta meta) {
        Element header = new Element("header").addClass("title-block");
        header.appendElement("h1").text(titleOf(meta));
        if (meta.standfirst() != null && !meta.standfirst().isBlank()) {
            header.appendElement("p").addClass("standfirst").text(meta.standfirst());
        }
        if (!meta.authors().isEmpty()) {
            String byline = meta.authors().stream().map(Author::credit).collect(Collectors.joining("; "));
            header.appendElement("p").addClass("byline").text(byline);
        }
        if (meta.published() != null) {
            Element dateline = header.appendElement("p").addClass("dateline");
            LayoutWords words = LayoutWords.of(meta.langOrDefault());
            dateline.appendText(words.firstPublished() + " ");
            dateline.appendElement("time").attr("datetime", meta.published())
                    .text(humanDate(meta.published(), meta.langOrDefault()));
            if (meta.source() != null) {
                dateline.appendText(" " + words.by() + " " + meta.source().name());
            }
        }
        return header;
    }

    /** "2023-03-08" in English becomes "8 March 2023"; an unparseable value is shown as given. */
    public static String humanDate(String iso, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(
                locale.getLanguage().equals("en") ? Locale.UK : locale);
        try {
            return LocalDate.parse(iso).format(format);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(iso).toLocalDate().format(format);
            } catch (DateTimeParseException notADateTime) {
                return iso;
            }
        }
    }

    /**
     * Only the images the outputs carry ({@link CarriedImages}) stay: a
     * remote one is never fetched, since no output may make a request. Any
     * other image is replaced by a marked placeholder naming it as left out,
     * with its alt text, so nothing the author wrote is lost and no reader
     * takes the alt text for the article's own words.
     */
    private static void standInForImages(Element content, LayoutWords words) {
        for (Element img : content.select("img")) {
            if (!CarriedImages.isCarried(img)) {
                CarriedImages.standIn(img, words.missingImage());
            } else {
                CarriedImages.creditBeside(img);
            }
        }
        for (Element picture : content.select("picture")) {
            picture.unwrap();
        }
    }

    /**
     * The title is the one h1; a body heading may go at most one level deeper
     * than the heading before it. Skipped levels (an h4 right under an h2) are
     * closed up, since a broken outline misleads screen readers and fails
     * validation; the cleaning stage reports such fixes, this only guarantees them.
     */
    private static void closeOutlineGaps(Element content) {
        int previous = 1;
        for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.max(2, Integer.parseInt(h.tagName().substring(1)));
            level = Math.min(level, previous + 1);
            h.tagName("h" + level);
            previous = level;
        }
    }

    /** Gives every body heading a unique id (keeping ids it already has) and lists them. */
    private static List<Heading> identifyHeadings(Element content) {
        Set<String> used = new HashSet<>();
        List<Heading> headings = new java.util.ArrayList<>();
        for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
            String id = h.id();
            if (id.isEmpty() || used.contains(id)) {
                String base = "sec-" + Slugs.of(h.text(), "section");
                id = base;
                for (int n = 2; used.contains(id); n++) {
                    id = base + "-" + n;
                }
                h.id(id);
            }
            used.add(id);
            headings.add(new Heading(Integer.parseInt(h.tagName().substring(1)), id, h.text()));
        }
        return headings;
    }

    private static Element tableOfContents(List<Heading> headings, String lang) {
        Element nav = new Element("nav").addClass("toc").attr("aria-labelledby", "toc-title");
        nav.appendElement("h2").id("toc-title").text(lang.startsWith("fr") ? "Sommaire" : "Contents");
        Element list = nav.appendElement("ol");
        for (Heading h : headings) {
            if (h.level() == 2) {
                list.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(h.text());
            }
        }
        return nav;
    }

    private static Element authorBox(ArticleMeta meta) {
        List<Author> withBio = meta.authors().stream()
                .filter(a -> a.bio() != null && !a.bio().isBlank()).toList();
        if (withBio.isEmpty()) {
            return null;
        }
        Element aside = new Element("aside").addClass("author-box");
        for (Author a : withBio) {
            // "Name, Role, Affiliation", as the source credits its authors; then the biography, a paragraph each
            List<String> paragraphs = java.util.Arrays.stream(a.bio().strip().split("\\n\\s*\\n"))
                    .map(String::strip).filter(b -> !b.isEmpty()).toList();
            Element p = aside.appendElement("p");
            p.appendElement("strong").text(a.name());
            for (String part : new String[] {a.role(), a.affiliation()}) {
                if (part != null && !part.isBlank()) {
                    p.appendText(", " + part.strip());
                }
            }
            p.appendText(". " + paragraphs.get(0));
            for (String more : paragraphs.subList(1, paragraphs.size())) {
                aside.appendElement("p").text(more);
            }
        }
        return aside;
    }

    static void appendSpans(Element parent, Attribution attribution) {
        for (Attribution.Span span : attribution.spans()) {
            if (span.href() == null) {
                parent.appendText(span.text());
            } else {
                parent.appendElement("a").attr("href", span.href()).text(span.text());
            }
        }
    }
}
