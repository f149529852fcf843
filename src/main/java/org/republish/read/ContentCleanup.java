package org.republish.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.republish.model.ArticleDeadline;

/**
 * Removes the boilerplate left inside extracted content: share bars, asides,
 * footers, form controls, headings marked as boilerplate, and containers
 * (divs, lists, layout tables) whose make-up says they are not prose: mostly
 * links, more images than paragraphs, a lone embed with a few words. Data
 * tables, figures and code are kept.
 */
final class ContentCleanup {

    private static final int SHARE_TEXT_LIMIT = 500;
    private static final double MOST_OF_THE_TEXT = 0.6;
    /** Text linked more than this is a list of links, however long. */
    private static final double LINK_LIST = 0.75;

    private int contentLength;

    private final boolean weighClasses;
    private final boolean conditionally;

    ContentCleanup(boolean weighClasses, boolean conditionally) {
        this.weighClasses = weighClasses;
        this.conditionally = conditionally;
    }

    void clean(Element content) {
        contentLength = content.text().length();
        removeConditionally(content, "form");
        removeConditionally(content, "fieldset");
        content.select("object, embed, footer, aside, iframe, input, textarea, select, button, nav").remove();
        Element root = root(content);
        for (Element top : content.children()) {
            for (Element e : new ArrayList<>(top.select("*"))) {
                ArticleDeadline.check();
                if (e != top && root(e) == root && BlockHints.share(e) && e.text().length() < SHARE_TEXT_LIMIT) {
                    e.remove();
                }
            }
        }
        if (weighClasses) {
            for (Element h : content.select("h1, h2")) {
                if (BlockHints.weight(h) < 0) {
                    h.remove();
                }
            }
        }
        removeConditionally(content, "table");
        removeConditionally(content, "ul");
        removeConditionally(content, "div");
        for (Element h1 : content.select("h1")) {
            h1.tagName("h2");
        }
        for (Element p : content.select("p")) {
            if (p.text().isBlank() && p.select("img, embed, object, iframe, picture, video").isEmpty()) {
                p.remove();
            }
        }
        for (Element br : content.select("br")) {
            Element next = br.nextElementSibling();
            if (next != null && next.normalName().equals("p") && br.nextSibling() == next) {
                br.remove();
            }
        }
        unwrapSingleCellTables(content);
    }

    private void removeConditionally(Element content, String tag) {
        if (!conditionally) {
            return;
        }
        Element root = root(content);
        Elements found = content.getElementsByTag(tag);
        List<Element> reversed = new ArrayList<>(found);
        java.util.Collections.reverse(reversed);
        for (Element e : reversed) {
            ArticleDeadline.check();
            if (e != content && root(e) == root && shouldRemove(e, tag)) {
                e.remove();
                dataTables.clear(); // a table's answer depends on what it still holds
            }
        }
    }

    /** Whether each table is a data table, found once per cleanup: the answer is asked for every ancestor. */
    private final java.util.Map<Element, Boolean> dataTables = new java.util.IdentityHashMap<>();

    private boolean dataTable(Element table) {
        return dataTables.computeIfAbsent(table, ContentCleanup::isDataTable);
    }

    /**
     * Whether a block holds most of the content's text in sentences that merely link a lot (show notes linking
     * every name): that is the article, and without it nothing is left to read. A list of links is not.
     */
    private boolean mostOfTheText(int length, double linkDensity) {
        return length > contentLength * MOST_OF_THE_TEXT && linkDensity < LINK_LIST;
    }

    private boolean shouldRemove(Element e, String tag) {
        if (tag.equals("table") && dataTable(e)) {
            return false;
        }
        for (Element a : e.parents()) {
            if (a.normalName().equals("code") || a.normalName().equals("pre")
                    || (a.normalName().equals("table") && dataTable(a))) {
                return false;
            }
        }
        if (e.select("table").stream().anyMatch(t -> t != e && dataTable(t))) {
            return false;
        }
        String text = e.text();
        if (codeBlock(e, text)) {
            return false;
        }
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList && !text.isEmpty()) {
            int listText = e.select("ul, ol").stream().mapToInt(l -> l.text().length()).sum();
            isList = (double) listText / text.length() > 0.9;
        }
        int weight = weighClasses ? BlockHints.weight(e) : 0;
        if (weight < 0) {
            return true;
        }
        if (BlockText.commas(text) >= 10) {
            return false;
        }
        int paragraphs = e.getElementsByTag("p").size();
        int images = e.getElementsByTag("img").size();
        int items = e.getElementsByTag("li").size() - 100;
        int inputs = e.getElementsByTag("input").size();
        int headingText = e.select("h1, h2, h3, h4, h5, h6").stream().mapToInt(h -> h.text().length()).sum();
        double headingDensity = text.isEmpty() ? 0 : (double) headingText / text.length();
        int embeds = e.select("object, embed, iframe").size();
        double linkDensity = BlockText.linkDensity(e);
        int length = text.length();
        boolean inFigure = BlockText.hasAncestor(e, "figure") || e.normalName().equals("figure");
        boolean remove = (images > 1 && (double) paragraphs / images < 0.5 && !inFigure)
                || (!isList && items > paragraphs)
                || (inputs > paragraphs / 3)
                || (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure)
                || (!isList && weight < 25 && linkDensity > 0.2 && !mostOfTheText(length, linkDensity))
                || (weight >= 25 && linkDensity > 0.5 && !mostOfTheText(length, linkDensity))
                || (embeds == 1 && length < 75) || embeds > 1;
        if (remove && isList) {
            // a gallery: every item an image
            boolean gallery = !e.select("li").isEmpty() && e.select("li").stream()
                    .allMatch(li -> li.childrenSize() == 1 && li.select("img").size() == 1 && li.text().isBlank());
            return !gallery;
        }
        return remove;
    }

    /**
     * A box that holds a code block and little else ("pip install yapapi" in a copy-to-clipboard wrapper): the
     * command is short, but it is the article's, as much as a bare {@code <pre>} is.
     */
    private static boolean codeBlock(Element e, String text) {
        int code = e.select("pre").stream().filter(p -> p != e).mapToInt(p -> p.text().length()).sum();
        return code > 0 && code * 2 >= text.length();
    }

    private static Element root(Element e) {
        Element r = e;
        while (r.parent() != null) {
            r = r.parent();
        }
        return r;
    }

    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (table.hasAttr("summary")) {
            return true;
        }
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            return true;
        }
        if (!table.select("col, colgroup, tfoot, thead, th").isEmpty()) {
            return true;
        }
        if (table.select("table").size() > 1) {
            return false;
        }
        int rows = table.select("tr").size();
        int columns = 0;
        for (Element tr : table.select("tr")) {
            columns = Math.max(columns, tr.select("td, th").size());
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    /** A one-cell layout table is just a box around its content. */
    private static void unwrapSingleCellTables(Element content) {
        for (Element table : new ArrayList<>(content.select("table"))) {
            Elements cells = table.select("td, th");
            if (cells.size() == 1 && table.select("tr").size() == 1 && table.parent() != null) {
                Element cell = cells.first();
                boolean inline = cell.childNodes().stream().allMatch(BlockText::isPhrasing);
                Element box = table.ownerDocument().createElement(inline ? "p" : "div");
                box.appendChildren(new ArrayList<>(cell.childNodes()));
                table.replaceWith(box);
            }
        }
    }
}
