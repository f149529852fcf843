package org.republish.write;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;

/**
 * The EPUB's own XHTML pages (title page and navigation document) and the
 * serialization every content document goes through. Stateless and thread-safe.
 */
final class EpubPages {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    /** Characters XML 1.0 forbids; they can survive in scraped text and would make the file unreadable. */
    private static final Pattern NOT_XML_CHAR =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private EpubPages() {
    }

    /** An empty XHTML page with the EPUB namespace declared and the stylesheet linked. */
    static Document page(String lang, String title, String cssHref) {
        Document doc = Document.createShell("");
        Element html = doc.selectFirst("html");
        html.attr("xmlns", XHTML_NS).attr("xmlns:epub", EPUB_NS).attr("lang", lang).attr("xml:lang", lang);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", cssHref);
        return doc;
    }

    /** Title, byline, where and when it first appeared, and the licence and attribution notice. */
    static Document titlePage(ArticleMeta meta, String cssHref) {
        String lang = meta.langOrDefault();
        LayoutWords words = LayoutWords.of(lang);
        String title = ArticleXhtml.titleOf(meta);
        Document doc = page(lang, title, cssHref);
        Element section = doc.body().appendElement("section")
                .attr("epub:type", "titlepage").addClass("titlepage");
        section.appendElement("h1").addClass("title").text(title);
        if (!meta.authors().isEmpty()) {
            section.appendElement("p").addClass("byline")
                    .text(String.join("; ", meta.authors().stream().map(Author::credit).toList()));
        }
        if (meta.source() != null || meta.published() != null) {
            Element origin = section.appendElement("p").addClass("origin");
            origin.appendText(words.firstPublished());
            if (meta.published() != null) {
                origin.appendText(" ");
                origin.appendElement("time").attr("datetime", meta.published())
                        .text(ArticleXhtml.humanDate(meta.published(), lang));
            }
            if (meta.source() != null) {
                origin.appendText(" " + words.by() + " ");
                if (meta.source().homeUrl() != null) {
                    origin.appendElement("a").attr("href", meta.source().homeUrl()).text(meta.source().name());
                } else {
                    origin.appendText(meta.source().name());
                }
            }
            origin.appendText(".");
        }
        if (meta.originalUrl() != null && !meta.originalUrl().isBlank()) {
            Element original = section.appendElement("p").addClass("original");
            original.appendText(words.originalArticle() + ": ");
            original.appendElement("a").attr("href", meta.originalUrl()).text(meta.originalUrl());
        }
        if (meta.license() != null) {
            Element licence = section.appendElement("p").addClass("licence");
            licence.appendText(words.licence() + ": ");
            String name = meta.license().shortName() != null ? meta.license().shortName() : meta.license().spdxId();
            if (meta.license().url() != null) {
                licence.appendElement("a").attr("href", meta.license().url()).text(name);
            } else {
                licence.appendText(name);
            }
        }
        if (meta.attribution() != null) {
            ArticleXhtml.appendSpans(section.appendElement("p").addClass("attribution"), meta.attribution());
        }
        return doc;
    }

    /**
     * The navigation document: a table of contents listing the body's
     * headings, nested by level (a deeper heading goes under the one before
     * it), and landmarks for the title page and the start of the article.
     * An article without headings gets one entry, its title.
     */
    static Document navigation(ArticleMeta meta, List<ArticleXhtml.Heading> headings, Map<String, String> renamedIds,
                               String cssHref, String titleHref, String chapterHref) {
        String lang = meta.langOrDefault();
        LayoutWords words = LayoutWords.of(lang);
        Document doc = page(lang, words.contents(), cssHref);
        Element toc = doc.body().appendElement("nav").attr("epub:type", "toc").id("toc");
        toc.appendElement("h1").text(words.contents());
        Element list = toc.appendElement("ol");
        if (headings.isEmpty()) {
            list.appendElement("li").appendElement("a").attr("href", chapterHref).text(ArticleXhtml.titleOf(meta));
        } else {
            nest(list, headings, renamedIds, chapterHref);
        }
        Element landmarks = doc.body().appendElement("nav").attr("epub:type", "landmarks").id("landmarks")
                .attr("hidden", "hidden");
        landmarks.appendElement("h2").text(words.landmarks());
        Element marks = landmarks.appendElement("ol");
        marks.appendElement("li").appendElement("a").attr("epub:type", "titlepage").attr("href", titleHref)
                .text(words.titlePage());
        marks.appendElement("li").appendElement("a").attr("epub:type", "bodymatter").attr("href", chapterHref)
                .text(words.startOfArticle());
        return doc;
    }

    /** One list level of the table of contents, with the level of the headings it lists. */
    private static final class Level {
        final Element list;
        int headingLevel;
        Element lastItem;

        Level(Element list, int headingLevel) {
            this.list = list;
            this.headingLevel = headingLevel;
        }
    }

    private static void nest(Element root, List<ArticleXhtml.Heading> headings, Map<String, String> renamedIds,
                             String chapterHref) {
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(root, headings.get(0).level()));
        int number = 0;
        for (ArticleXhtml.Heading h : headings) {
            number++;
            while (open.size() > 1 && h.level() < open.peek().headingLevel) {
                open.pop();
            }
            Level current = open.peek();
            if (open.size() == 1 && h.level() < current.headingLevel) {
                current.headingLevel = h.level(); // the shallowest heading so far sets the top level
            }
            if (h.level() > current.headingLevel && current.lastItem != null) {
                // a nav <li> holds one label and at most one <ol>: reuse it if a deeper heading made one
                Element sublist = current.lastItem.selectFirst("> ol");
                if (sublist == null) {
                    sublist = current.lastItem.appendElement("ol");
                    open.push(new Level(sublist, h.level()));
                } else {
                    Level reopened = new Level(sublist, h.level());
                    reopened.lastItem = sublist.children().last();
                    open.push(reopened);
                }
                current = open.peek();
            }
            String id = renamedIds.getOrDefault(h.id(), h.id());
            String label = h.text() == null || h.text().isBlank() ? "Section " + number : h.text();
            Element item = current.list.appendElement("li");
            item.appendElement("a").attr("href", chapterHref + "#" + id).text(label);
            current.lastItem = item;
        }
    }

    /** The page as an XHTML file: XML declaration, doctype, UTF-8, characters XML allows. */
    static String serialize(Document doc) {
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        String html = doc.selectFirst("html").outerHtml();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + xmlSafe(html) + "\n";
    }

    /** Removes characters XML 1.0 does not allow. */
    static String xmlSafe(String text) {
        return NOT_XML_CHAR.matcher(text).replaceAll("");
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        return xmlSafe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
