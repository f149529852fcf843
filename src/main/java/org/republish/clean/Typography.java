package org.republish.clean;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.Notice;

/**
 * House typography, an optional style (off unless enabled): curly quotes and
 * apostrophes, an en dash for a hyphen spaced between words, an ellipsis
 * character for three dots, and, for French, no-break spaces before ; : ! ?
 * and inside guillemets. Code is left alone. Changes punctuation only, never
 * words.
 */
public final class Typography implements ArticleTransform {

    private static final char NARROW_NBSP = '\u202F';
    private static final char NBSP = '\u00A0';
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "em", "i", "mark", "q", "s", "small",
            "span", "strong", "sub", "sup", "time", "u", "del", "ins", "code", "kbd", "samp", "var", "tt");

    @Override
    public Article apply(Article article) {
        Element body = article.bodyCopy();
        boolean french = article.meta().langOrDefault().toLowerCase(java.util.Locale.ROOT).startsWith("fr");
        int count = 0;
        String example = null;
        java.util.Set<TextNode> prose = new java.util.HashSet<>(ProseText.nodes(body));
        char prev = ' ';
        Element prevBlock = null;
        // every text node, code included, so that a quote right after code ("<code>drake</code>'s") reads in context
        for (TextNode t : allTextNodes(body)) {
            ArticleDeadline.check();
            Element block = blockOf(t);
            if (block != prevBlock) {
                prev = ' ';
                prevBlock = block;
            }
            String before = t.getWholeText();
            String after = prose.contains(t) ? typeset(before, prev, french) : before;
            if (!after.equals(before)) {
                t.text(after);
                count++;
                example = example == null ? ProseText.example(after) : example;
            }
            if (!after.isEmpty()) {
                prev = after.charAt(after.length() - 1);
            }
        }
        if (count == 0) {
            return article;
        }
        return article.withBody(body).withNotice(Notice.change(name(),
                "applied typography (quotes, dashes, ellipses" + (french ? ", French spacing" : "") + ")", count, example));
    }

    private static List<TextNode> allTextNodes(Element root) {
        List<TextNode> out = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.add(t);
            }
        }, root);
        return out;
    }

    private static Element blockOf(Node n) {
        Element e = n.parent() instanceof Element p ? p : null;
        while (e != null && INLINE.contains(e.normalName())) {
            e = e.parent();
        }
        return e;
    }

    /** The text in house style; {@code prev} is the character before it in the same block. */
    static String typeset(String text, char prev, boolean french) {
        String s = text.replaceAll("(?<!\\.)\\.\\.\\.(?!\\.)", "\u2026")
                .replaceAll("(?<=[\\p{L}\\p{N}\\p{P}]) - (?=[\\p{L}\\p{N}])", " \u2013 ");
        StringBuilder out = new StringBuilder(s.length());
        char before = prev;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean opening = Character.isWhitespace(before) || "([{\u2014\u2013-/«\u201C\u2018".indexOf(before) >= 0;
            if (c == '"') {
                c = opening ? '\u201C' : '\u201D';
            } else if (c == '\'') {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                c = opening && !Character.isDigit(next) ? '\u2018' : '\u2019';
            }
            out.append(c);
            before = c;
        }
        s = out.toString();
        if (french) {
            s = s.replaceAll("[ \\u00A0](?=[;:!?](?:\\s|$))", String.valueOf(NARROW_NBSP))
                    .replaceAll("(?<=[\\p{L}\\p{N}\\u00BB\\u2019)])(?=[;!?](?:\\s|$))", String.valueOf(NARROW_NBSP))
                    .replaceAll("«[ \\u202F]?", "«" + NBSP)
                    .replaceAll("[ \\u202F]?»", NBSP + "»");
        }
        return s;
    }
}
