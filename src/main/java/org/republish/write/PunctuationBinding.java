package org.republish.write;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Binds closing punctuation to the link, code span or emphasis it follows, in
 * the PDF's source only. openhtmltopdf may break a line between two inline
 * boxes whatever the text says, so a line could start with the ")" or ","
 * that follows {@code <code>read_csv()</code>}; a WORD JOINER (U+2060), which
 * forbids a break and has no glyph, at the start of that text keeps them
 * together. Format characters are invisible to the fidelity check and to
 * the text a reader copies.
 */
final class PunctuationBinding {

    static final char WORD_JOINER = '\u2060';

    private PunctuationBinding() {
    }

    static int bind(Element root) {
        List<TextNode> after = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text && startsWithClosing(text.getWholeText())
                    && previousIsInline(text)) {
                after.add(text);
            }
        });
        for (TextNode text : after) {
            text.text(WORD_JOINER + text.getWholeText());
        }
        return after.size();
    }

    private static boolean previousIsInline(TextNode text) {
        Node previous = text.previousSibling();
        return previous instanceof Element el && !el.isBlock() && !el.nameIs("br");
    }

    private static boolean startsWithClosing(String s) {
        return !s.isEmpty() && !PunctuationLineBreaker.allowed("x" + s, 1);
    }
}
