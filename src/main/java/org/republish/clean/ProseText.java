package org.republish.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The text nodes of prose: everything except code, preformatted text and the like, whose characters are literal. */
final class ProseText {

    private static final Set<String> LITERAL = Set.of("code", "pre", "kbd", "samp", "tt", "var", "script", "style", "math");

    private ProseText() {
    }

    static List<TextNode> nodes(Element root) {
        List<TextNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else if (child instanceof Element e && !LITERAL.contains(e.normalName())) {
                collect(e, out);
            }
        }
    }

    static boolean isLiteral(Element e) {
        return LITERAL.contains(e.normalName());
    }

    /** Shortens an example for a notice. */
    static String example(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 100 ? t : t.substring(0, 97) + "...";
    }
}
