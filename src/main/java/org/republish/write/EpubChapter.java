package org.republish.write;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Makes the laid-out XHTML document fit to be an EPUB content document.
 * EPUBCheck is stricter than a browser: a reference to a resource that is not
 * in the container is an error, ids must be XML names, fragment links must
 * land, and attributes HTML 5 made obsolete are schema errors. Each rule here
 * changes markup only, never the article's words. Works on the document it is
 * given (a fresh one from {@link ArticleXhtml}); stateless and thread-safe.
 */
final class EpubChapter {

    /** An image carried inside the container. */
    record Image(String id, String href, String mediaType, byte[] bytes, boolean hasAlt) {
    }

    /**
     * The prepared document and what preparing it did.
     *
     * @param headingIds      new id for each heading id that had to change
     * @param linksUnwrapped  links kept as plain text because they would point nowhere
     */
    record Prepared(Document document, List<Image> images, Map<String, String> headingIds, int linksUnwrapped) {
    }

    private static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\u00B7]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern POSITIVE = Pattern.compile("0*[1-9]\\d*");

    /** Attributes HTML 5 made obsolete that the sanitizer's relaxed list still lets through. */
    private static final String[][] OBSOLETE_ATTRIBUTES = {
            {"table", "summary"}, {"table", "width"}, {"td", "width"}, {"th", "width"},
            {"td", "axis"}, {"th", "axis"}, {"td", "abbr"}, {"td", "scope"},
            {"col", "width"}, {"colgroup", "width"}, {"img", "align"}, {"ul", "type"}};

    Prepared prepare(Document doc, String imageFolder, String originalUrl) {
        Element body = doc.body();
        List<Image> images = new ArrayList<>();
        placeImages(body, imageFolder, images);
        fixContentModel(body);
        fixObsoleteMarkup(body);
        Map<String, String> headingIds = fixIds(body);
        int unwrapped = fixLinks(body, headingIds, originalUrl);
        fixDatesAndLanguages(body);
        markNotes(body);
        return new Prepared(doc, images, headingIds, unwrapped);
    }

    /**
     * Stores the images the layout kept, those the article carries
     * ({@link CarriedImages}), as files in the container. An image it does
     * not carry can only come from a document the layout did not make, and
     * gets the same stand-in as in the layout.
     */
    private static void placeImages(Element body, String imageFolder, List<Image> images) {
        Element html = body.ownerDocument() == null ? null : body.ownerDocument().selectFirst("html");
        String label = LayoutWords.of(html == null ? "en" : html.attr("lang")).missingImage();
        for (Element img : body.select("img")) {
            CarriedImages.Image carried = CarriedImages.of(img);
            if (carried == null) {
                CarriedImages.standIn(img, label);
                continue;
            }
            int number = images.size() + 1;
            String href = imageFolder + "image-" + number + "." + carried.extension();
            images.add(new Image("img-" + number, href, carried.mediaType(), carried.bytes(), !img.attr("alt").isBlank()));
            img.attr("src", href);
            img.attr("alt", img.attr("alt")); // an img needs the attribute, even empty
            for (String size : List.of("width", "height")) {
                if (img.hasAttr(size) && !DIGITS.matcher(img.attr(size).strip()).matches()) {
                    img.removeAttr(size);
                }
            }
        }
    }

    /** Elements whose content must be phrasing (inline) content. */
    private static final String PHRASING_ONLY = "span, small, em, strong, b, i, u, s, sub, sup, code, cite, q, "
            + "abbr, mark, dfn, kbd, samp, var, time, bdi, bdo, p";

    /** Elements that are flow (block) content only. */
    private static final String BLOCKS = "p, div, ul, ol, dl, table, blockquote, pre, figure, hr, section, "
            + "aside, header, footer, article, nav, h1, h2, h3, h4, h5, h6, address, details";

    /** Phrasing (inline) elements the sanitizer lets through. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr");

    /**
     * An HTML parser keeps what a page wrote (a list inside {@code <small>},
     * a {@code <div>} inside {@code <pre>}, a list directly inside a list, a
     * caption outside its figure); XHTML validation does not. These repairs
     * rename or regroup elements so the content model holds.
     */
    private static void fixContentModel(Element body) {
        for (Element pre : body.select("pre")) {
            for (Element inner : pre.select("*")) {
                if (inner != pre && !PHRASING.contains(inner.normalName())) {
                    boolean breaksLine = inner.is(BLOCKS) || inner.is("li, dt, dd, tr");
                    inner.tagName("span").clearAttributes();
                    if (breaksLine && inner.previousSibling() != null && !inner.previousSibling().outerHtml().endsWith("\n")
                            && !inner.previousSibling().nameIs("br")) {
                        inner.before(new TextNode("\n"));
                    }
                }
            }
        }
        for (Element list : body.select("ul, ol")) {
            fixListChildren(list);
        }
        for (Element dl : body.select("dl")) {
            if (!wellFormedDescriptionList(dl)) {
                // often used only to indent (Wikipedia's ":"): keep the text as plain blocks
                for (Element child : dl.children()) {
                    child.tagName("div").addClass(child.normalName());
                }
                dl.tagName("div").addClass("dl");
            }
        }
        for (Element caption : body.select("figcaption")) {
            Element figure = caption.parent();
            boolean placed = figure != null && figure.nameIs("figure") && figure.select("> figcaption").size() == 1
                    && (figure.firstElementChild() == caption || figure.lastElementChild() == caption);
            if (!placed) {
                caption.tagName("div").addClass("caption");
            }
        }
        for (Element inline : body.select(PHRASING_ONLY)) {
            if (inline.select(BLOCKS).size() > (inline.is(BLOCKS) ? 1 : 0)) {
                inline.tagName("div").removeAttr("datetime").removeAttr("cite");
            }
        }
    }

    /** A list holds only items: a nested list joins the item before it; stray text or inline content gets its own item. */
    private static void fixListChildren(Element list) {
        Element stray = null;
        for (org.jsoup.nodes.Node child : new ArrayList<>(list.childNodes())) {
            if (child instanceof Element el && (el.nameIs("li") || el.nameIs("script") || el.nameIs("template"))) {
                stray = null;
                continue;
            }
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (stray == null && child instanceof Element sublist && sublist.is("ul, ol")) {
                Element previous = sublist.previousElementSibling();
                if (previous != null && previous.nameIs("li")) {
                    previous.appendChild(sublist);
                    continue;
                }
            }
            if (stray == null) {
                stray = new Element("li");
                child.before(stray);
            }
            stray.appendChild(child);
        }
    }

    /** (dt+ dd+)+ with nothing else but div groups, which are left alone. */
    private static boolean wellFormedDescriptionList(Element dl) {
        List<Element> children = dl.children();
        if (children.isEmpty()) {
            return false;
        }
        if (children.stream().anyMatch(c -> c.nameIs("div"))) {
            return children.stream().allMatch(c -> c.nameIs("div"));
        }
        String previous = "";
        for (Element c : children) {
            if (!c.nameIs("dt") && !c.nameIs("dd")) {
                return false;
            }
            if (c.nameIs("dd") && previous.isEmpty()) {
                return false;
            }
            previous = c.normalName();
        }
        return previous.equals("dd");
    }

    private static void fixObsoleteMarkup(Element body) {
        for (String[] tagAndAttribute : OBSOLETE_ATTRIBUTES) {
            body.select(tagAndAttribute[0] + "[" + tagAndAttribute[1] + "]").removeAttr(tagAndAttribute[1]);
        }
        for (Element strike : body.select("strike")) {
            strike.tagName("s");
        }
        // the body sits inside <article>, where <main> may not appear
        for (Element main : body.select("main")) {
            main.tagName("div");
        }
        for (Element th : body.select("th[scope]")) {
            if (!Set.of("row", "col", "rowgroup", "colgroup").contains(th.attr("scope").strip().toLowerCase(Locale.ROOT))) {
                th.removeAttr("scope");
            }
        }
        for (Element cell : body.select("td, th")) {
            for (String span : List.of("colspan", "rowspan")) {
                if (cell.hasAttr(span) && !POSITIVE.matcher(cell.attr(span).strip()).matches()) {
                    cell.removeAttr(span);
                }
            }
        }
        for (Element ol : body.select("ol[type]")) {
            if (!Set.of("1", "a", "A", "i", "I").contains(ol.attr("type"))) {
                ol.removeAttr("type");
            }
        }
        for (Element ol : body.select("ol[start]")) {
            if (!ol.attr("start").strip().matches("-?\\d+")) {
                ol.removeAttr("start");
            }
        }
    }

    /**
     * Every id must be an XML name and unique. Heading ids (which the
     * navigation links to) win over any other element's; returns the renamed
     * heading ids so the navigation can follow them.
     */
    private static Map<String, String> fixIds(Element body) {
        Set<String> used = new HashSet<>();
        Map<String, String> headingIds = new HashMap<>();
        List<Element> headings = body.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]");
        for (Element h : headings) {
            used.add(h.id());
        }
        for (Element h : headings) {
            if (!XML_NAME.matcher(h.id()).matches()) {
                used.remove(h.id());
                String fresh = freshId("sec-" + Slugs.of(h.id(), "section"), used);
                headingIds.put(h.id(), fresh);
                h.id(fresh);
            }
        }
        Set<Element> headingSet = new HashSet<>(headings);
        Set<String> others = new HashSet<>();
        for (Element el : body.select("[id]")) {
            if (headingSet.contains(el)) {
                continue;
            }
            String id = el.id();
            if (!XML_NAME.matcher(id).matches() || used.contains(id) || others.contains(id)) {
                String fresh = freshId("id-" + Slugs.of(id, "element"), used);
                el.id(fresh);
                id = fresh;
            }
            others.add(id);
            used.add(id);
        }
        return headingIds;
    }

    private static String freshId(String base, Set<String> used) {
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        used.add(id);
        return id;
    }

    /**
     * Web links stay; a fragment link must land on an id in this document; a
     * relative link is made absolute against the original article's URL, or
     * kept as plain text when there is none (it would point inside the book,
     * at nothing).
     */
    private static int fixLinks(Element body, Map<String, String> headingIds, String originalUrl) {
        Set<String> ids = new HashSet<>();
        for (Element el : body.select("[id]")) {
            ids.add(el.id());
        }
        URI base = absoluteWebUri(originalUrl);
        int unwrapped = 0;
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").strip();
            String fixed = fixedHref(href, ids, headingIds, base);
            if (fixed == null) {
                a.unwrap();
                unwrapped++;
            } else {
                a.attr("href", fixed);
            }
        }
        for (Element a : body.select("a:not([href])")) {
            // an anchor without href is valid HTML, but only its text matters here
            if (a.attributesSize() == 0) {
                a.unwrap();
            }
        }
        return unwrapped;
    }

    private static String fixedHref(String href, Set<String> ids, Map<String, String> headingIds, URI base) {
        if (href.startsWith("#")) {
            String target = headingIds.getOrDefault(href.substring(1), href.substring(1));
            return ids.contains(target) ? "#" + target : null;
        }
        if (href.startsWith("//")) {
            href = "https:" + href;
        }
        URI uri = parse(href);
        if (uri == null) {
            return null;
        }
        if (uri.getScheme() == null) {
            if (base == null) {
                return null;
            }
            try {
                uri = base.resolve(uri);
            } catch (IllegalArgumentException unresolvable) {
                return null;
            }
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("mailto")) {
            return uri.toString();
        }
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
            return uri.toString();
        }
        return null;
    }

    private static URI parse(String href) {
        try {
            return new URI(href.replace(" ", "%20"));
        } catch (URISyntaxException invalid) {
            return null;
        }
    }

    private static URI absoluteWebUri(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri = parse(url.strip());
        if (uri == null || uri.getScheme() == null || uri.getHost() == null
                || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            return null;
        }
        return uri;
    }

    /**
     * EPUB 3 reading systems show a note in a pop-up when its reference says
     * {@code noteref} and the note says {@code footnote}; notes gathered at
     * the end are an {@code endnotes} section (the structural semantics
     * vocabulary gives endnotes as footnotes inside an endnotes section).
     */
    private static void markNotes(Element body) {
        for (Element notes : body.select("section.notes")) {
            notes.attr("epub:type", "endnotes");
            for (Element note : notes.select("> ol > li[id]")) {
                note.attr("epub:type", "footnote");
            }
        }
        for (Element ref : body.select("a.noteref")) {
            ref.attr("epub:type", "noteref");
        }
    }

    /** A datetime a validator cannot read is dropped with its element; bad lang and dir values go. */
    private static void fixDatesAndLanguages(Element body) {
        for (Element time : body.select("time")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
            if (EpubDates.instantOf(value).isEmpty()) {
                time.unwrap();
            }
        }
        for (Element el : body.select("[lang]")) {
            if (Locale.forLanguageTag(el.attr("lang").strip()).toLanguageTag().equals("und")) {
                el.removeAttr("lang");
            }
        }
        for (Element el : body.select("[dir]")) {
            if (!Set.of("ltr", "rtl", "auto").contains(el.attr("dir"))) {
                el.removeAttr("dir");
            }
        }
    }
}
