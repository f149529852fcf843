package org.republish.write;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Binds punctuation to the link, code span or emphasis it touches, in the
 * PDF's source only, so that no line ends with the "(" before one ("under a
 * Creative Commons license (" / "CC BY-ND 4.0)") or starts with the ")" or ","
 * after one. openhtmltopdf may break a line where one inline box starts
 * whatever the text says, and never looks back: so a short element and the
 * punctuation around it are set as one inline block, which goes to the next
 * line whole. After a longer element, which must still break as text does, a
 * WORD JOINER (U+2060), which forbids a break and has no glyph, starts the
 * text that follows: it helps wherever that text still fits on the line.
 * Format characters are invisible to the fidelity check and to the text a
 * reader copies.
 */
final class PunctuationBinding {

    static final char WORD_JOINER = '\u2060';

    private PunctuationBinding() {
    }

    /**
     * An element is set in one block with the punctuation around it when its
     * text is this short (a licence's name, a code span, a word or two): an
     * inline block is never broken, and a longer one would leave a gap at the
     * end of the line before it.
     */
    static final int SHORT_INLINE_CHARS = 24;

    /** Returns how many places were bound. */
    static int bind(Element root) {
        List<TextNode> after = new ArrayList<>();
        List<TextNode> before = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                if (startsWithClosing(text.getWholeText()) && isInline(text.previousSibling())) {
                    after.add(text);
                }
                if (endsWithOpening(text.getWholeText()) && isShortInline(text.nextSibling())) {
                    before.add(text);
                }
            }
        });
        for (TextNode text : before) {
            String whole = text.getWholeText();
            int cut = whole.length() - 1;
            Element together = inlineBlockAround((Element) text.nextSibling());
            together.prependChild(new TextNode(whole.substring(cut)));
            cutTo(text, whole.substring(0, cut));
        }
        for (TextNode text : after) {
            Element previous = (Element) text.previousSibling();
            boolean boundBefore = previous.nameIs("span") && INLINE_BLOCK.equals(previous.attr("style"));
            String whole = text.getWholeText();
            int cut = 0;
            while (cut < whole.length() && PunctuationLineBreaker.isClosing(whole.charAt(cut))) {
                cut++;
            }
            // only punctuation that ends a word: "’s" after an element stays whole, as the word it is part of
            boolean endsWord = cut == whole.length() || Character.isWhitespace(whole.charAt(cut));
            if (endsWord && (boundBefore || isShortInline(previous))) {
                Element together = boundBefore ? previous : inlineBlockAround(previous);
                together.appendChild(new TextNode(whole.substring(0, cut)));
                cutTo(text, whole.substring(cut));
            } else {
                // a long element breaks as text does; a joiner is the most that can be done
                text.text(WORD_JOINER + whole);
            }
        }
        return after.size() + before.size();
    }

    private static final String INLINE_BLOCK = "display: inline-block";

    /** Puts {@code inline} inside a new inline block in its place, and returns the block. */
    private static Element inlineBlockAround(Element inline) {
        Element together = new Element("span").attr("style", INLINE_BLOCK);
        inline.before(together);
        together.appendChild(inline);
        return together;
    }

    private static void cutTo(TextNode text, String rest) {
        if (rest.isEmpty()) {
            text.remove();
        } else {
            text.text(rest);
        }
    }

    private static boolean isShortInline(Node node) {
        return isInline(node) && ((Element) node).text().length() <= SHORT_INLINE_CHARS;
    }

    private static boolean isInline(Node node) {
        return node instanceof Element el && !el.isBlock() && !el.nameIs("br");
    }

    /** Ends with punctuation that opens what follows: a bracket, an opening quote, Spanish ¿ and ¡. */
    private static boolean endsWithOpening(String s) {
        if (s.isEmpty()) {
            return false;
        }
        return switch (s.charAt(s.length() - 1)) {
            case '(', '[', '{', '\u201C', '\u2018', '\u201E', '\u00AB', '\u2039', '\u00BF', '\u00A1' -> true;
            default -> false;
        };
    }

    private static boolean startsWithClosing(String s) {
        return !s.isEmpty() && !PunctuationLineBreaker.allowed("x" + s, 1);
    }
}
