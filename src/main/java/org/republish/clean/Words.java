package org.republish.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The words of a body as the fidelity check counts them: runs of Unicode
 * letters, digits and combining marks, with apostrophes inside a word kept
 * (all apostrophe forms count as one). Markup, punctuation and whitespace do
 * not count; entity references left in the text are read as the characters
 * they stand for, and invisible format characters are ignored, so that
 * cleaning escapes, quotes and spacing never looks like a change of words.
 */
public final class Words {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019\u02BC][\\p{L}\\p{N}\\p{M}]+)*");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\t\\n\\r]]");

    /** Elements that run on within a line; every other element separates words. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data",
            "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
            "u", "var", "del", "ins", "font", "tt", "strike", "big", "label", "wbr");

    private Words() {
    }

    /** The words of an element's content, in order. */
    public static List<String> of(Element element) {
        return of(textOf(element));
    }

    /** The words of a text, in order. */
    public static List<String> of(String text) {
        String t = text;
        for (int i = 0; i < 3 && ENTITY.matcher(t).find(); i++) {
            t = Parser.unescapeEntities(t, false);
        }
        t = INVISIBLE.matcher(Normalizer.normalize(t, Normalizer.Form.NFC)).replaceAll("");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            words.add(m.group().replace('\u2019', '\'').replace('\u02BC', '\''));
        }
        return words;
    }

    /** The element's text with a space at every block boundary and line break. */
    public static String textOf(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element el && separates(el)) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && separates(el)) {
                    out.append(' ');
                }
            }
        }, element);
        return out.toString();
    }

    /** How many words come before {@code target} in {@code root}, in document order. */
    static int countBefore(Element root, Node target) {
        StringBuilder before = new StringBuilder();
        boolean[] found = {false};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == target) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text) {
                    before.append(text.getWholeText());
                } else if (node instanceof Element el && separates(el)) {
                    before.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && separates(el)) {
                    before.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        if (!found[0]) {
            throw new IllegalArgumentException("the node is not inside the root");
        }
        return of(before.append(' ').toString()).size();
    }

    private static boolean separates(Element el) {
        return !INLINE.contains(el.normalName());
    }
}
