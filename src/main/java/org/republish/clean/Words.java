package org.republish.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * (all apostrophe forms count as one: straight, curly, modifier letter, and
 * a left single quote typed for one). Quotes, dashes and ellipses in any form
 * are punctuation, so typographic quotes never change the words. Markup, punctuation and whitespace do
 * not count; entity references left in the text are read as the characters
 * they stand for, and invisible format characters are ignored, so that
 * cleaning escapes, quotes and spacing never looks like a change of words.
 */
public final class Words {

    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

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
        return scan(Decoding.of(text).text());
    }

    /**
     * A text with its entity references read, while one is left and at most
     * three times (an escaped escape, {@code &amp;amp;}, takes two), and how
     * many readings that took.
     */
    private record Decoding(String text, int passes) {
        static Decoding of(String text) {
            String t = text;
            int passes = 0;
            // the regular expression only where an entity can be: most texts have no '&' at all
            while (passes < 3 && t.indexOf('&') >= 0 && ENTITY.matcher(t).find()) {
                t = Parser.unescapeEntities(t, false);
                passes++;
            }
            return new Decoding(t, passes);
        }
    }

    private static String decoded(String text, int passes) {
        String t = text;
        for (int i = 0; i < passes && t.indexOf('&') >= 0; i++) {
            t = Parser.unescapeEntities(t, false);
        }
        return t;
    }

    /** The words of a text whose entities are already read. */
    private static List<String> scan(String text) {
        String t = withoutInvisibles(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> words = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            int cp = t.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = skipWordChars(t, i);
            // an apostrophe followed by more letters continues the word (don't, l'homme)
            while (i + 1 < n && isApostrophe(t.charAt(i)) && isWordChar(t.codePointAt(i + 1))) {
                i = skipWordChars(t, i + 1);
            }
            words.add(t.substring(start, i).replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\''));
        }
        return words;
    }

    /**
     * Letters, digits and combining marks: the categories the words are made
     * of ({@code [\p{L}\p{N}\p{M}]}), tested without a regular expression
     * because the fidelity check reads the whole text after every rule.
     */
    static boolean isWordChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return true;
            default:
                return false;
        }
    }

    private static boolean isApostrophe(char c) {
        // a left single quote inside a word is a mis-typed apostrophe ("O\u2018Brien"), as word processors make it
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    private static int skipWordChars(String t, int from) {
        int i = from;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The text without format and control characters (tabs and line breaks kept). */
    private static String withoutInvisibles(String t) {
        int first = -1;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (isInvisible(cp)) {
                first = i;
                break;
            }
            i += Character.charCount(cp);
        }
        if (first < 0) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        out.append(t, 0, first);
        for (int i = first; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return (type == Character.FORMAT || type == Character.CONTROL) && cp != '\t' && cp != '\n' && cp != '\r';
    }

    /** The element's text with a space at every block boundary and line break. */
    public static String textOf(Element element) {
        return textOf(element, (node, offset) -> { });
    }

    /** Told of each node as the text reaches it, with the length of the text before it. */
    private interface NodeOffsets {
        void at(Node node, int offset);
    }

    private static String textOf(Element element, NodeOffsets offsets) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                offsets.at(node, out.length());
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

    /**
     * How many words come before each of {@code targets} in {@code root}, in
     * document order, in one pass over the text: a body with a hundred blocks
     * to remove must not be read a hundred times.
     */
    static Map<Node, Integer> countsBefore(Element root, Collection<? extends Node> targets) {
        Set<Node> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(targets);
        List<Node> found = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        String text = textOf(root, (node, offset) -> {
            if (wanted.contains(node)) {
                found.add(node);
                offsets.add(offset);
            }
        });
        if (found.size() != wanted.size()) {
            throw new IllegalArgumentException("a node is not inside the root");
        }
        // entities are read as often as in the word list of the whole body, which the fidelity check compares with
        int passes = Decoding.of(text).passes();
        Map<Node, Integer> counts = new IdentityHashMap<>();
        int count = 0;
        int from = 0;
        boolean atBoundary = true;
        for (int k = 0; k < found.size(); k++) {
            int to = offsets.get(k);
            if (atBoundary) {
                // the text up to the previous target ended between words: count on from there
                count += scan(decoded(text.substring(from, to) + ' ', passes)).size();
            } else {
                count = scan(decoded(text.substring(0, to) + ' ', passes)).size();
            }
            counts.put(found.get(k), count);
            from = to;
            // a separating element starts with a space, so no word runs across its start
            atBoundary = found.get(k) instanceof Element el && separates(el);
        }
        return counts;
    }

    private static boolean separates(Element el) {
        return !INLINE.contains(el.normalName());
    }
}
