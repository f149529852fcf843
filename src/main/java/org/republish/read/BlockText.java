package org.republish.read;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Measures of a block's text that content scoring relies on. */
final class BlockText {

    private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";

    /** Elements that sit inside a line of text rather than forming a block. */
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr", "u", "s", "font", "picture", "source");

    private BlockText() {
    }

    static String text(Element e) {
        return e.text();
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The share of the text that sits in links; in-page links ("#notes") count for less. */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.select("a")) {
            double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
            links += a.text().length() * coefficient;
        }
        return links / length;
    }

    /** Whether {@code e} sits inside a line of text (a span, a link, emphasis) rather than forming a block. */
    static boolean inline(Element e) {
        return PHRASING.contains(e.normalName()) || e.normalName().equals("a");
    }

    static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Node child : e.childNodes()) {
                if (!isPhrasing(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static boolean isWhitespace(Node n) {
        return (n instanceof TextNode t && t.isBlank()) || (n instanceof Element e && e.normalName().equals("br"));
    }

    /** Whether the text under {@code e} is longer than {@code chars}, read only as far as needed to tell. */
    static boolean longerThan(Element e, int chars) {
        int[] length = {0};
        e.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    length[0] += t.getWholeText().length();
                }
                return length[0] > chars ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return length[0] > chars;
    }

    static boolean hasAncestor(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is still below {@code ancestor}, not in a part already taken out of it. */
    static boolean within(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Still part of the page (neither it nor an ancestor has been removed). */
    static boolean attached(Element e) {
        Element p = e;
        while (p.parent() != null) {
            p = p.parent();
        }
        return p instanceof Document;
    }
}
