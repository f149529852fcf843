package org.republish.clean;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.Notice;

/**
 * Text in Unicode NFC; zero-width spaces, byte-order marks, word joiners and
 * control characters removed; runs of spaces in prose made one; blocks
 * trimmed; empty paragraphs (no text, no image) removed. Zero-width joiners
 * and non-joiners stay: they shape emoji and some scripts.
 */
public final class NormalizeWhitespaceAndUnicode implements ArticleTransform {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n]{2,}|[\\t\\r\\n]");
    private static final Set<String> TRIMMED = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
            "dt", "dd", "figcaption", "blockquote", "caption");

    @Override
    public Article apply(Article article) {
        Element body = article.bodyCopy();
        int changed = 0;
        String example = null;
        for (TextNode t : ProseText.nodes(body)) {
            ArticleDeadline.check();
            String before = t.getWholeText();
            if (before.isBlank()) {
                continue; // layout whitespace between elements
            }
            String after = INVISIBLE.matcher(Normalizer.normalize(before, Normalizer.Form.NFC)).replaceAll("");
            after = SPACES.matcher(after).replaceAll(" ");
            if (!after.equals(before)) {
                t.text(after);
                changed++;
                example = example == null ? ProseText.example(after) : example;
            }
        }
        for (Element block : body.getAllElements()) {
            ArticleDeadline.check();
            if (TRIMMED.contains(block.normalName())) {
                changed += trimEdges(block);
            }
        }
        int emptied = 0;
        for (Element p : body.select("p")) {
            if (p.text().isBlank() && p.select("img, picture, video, audio, iframe, object, embed").isEmpty()) {
                p.remove();
                emptied++;
            }
        }
        if (changed == 0 && emptied == 0) {
            return article;
        }
        String what = "normalised text (NFC, invisible characters, spaces) in " + changed + " places"
                + (emptied > 0 ? " and removed " + emptied + " empty paragraphs" : "");
        return article.withBody(body).withNotice(Notice.change(name(), what, changed + emptied, example));
    }

    /** Removes leading and trailing spaces inside a block; returns how many text nodes changed. */
    private static int trimEdges(Element block) {
        int changed = 0;
        Node first = firstLeaf(block);
        if (first instanceof TextNode t && !insideLiteral(t, block)) {
            String s = t.getWholeText().replaceFirst("^[ \\t\\r\\n]+", "");
            if (!s.equals(t.getWholeText())) {
                t.text(s);
                changed++;
            }
        }
        Node last = lastLeaf(block);
        if (last instanceof TextNode t && !insideLiteral(t, block)) {
            String s = t.getWholeText().replaceFirst("[ \\t\\r\\n]+$", "");
            if (!s.equals(t.getWholeText())) {
                t.text(s);
                changed++;
            }
        }
        return changed;
    }

    private static boolean insideLiteral(Node n, Element stop) {
        for (Node p = n.parent(); p != null && p != stop; p = p.parent()) {
            if (p instanceof Element e && ProseText.isLiteral(e)) {
                return true;
            }
        }
        return false;
    }

    private static Node firstLeaf(Node n) {
        while (n.childNodeSize() > 0) {
            n = n.childNode(0);
        }
        return n;
    }

    private static Node lastLeaf(Node n) {
        while (n.childNodeSize() > 0) {
            n = n.childNode(n.childNodeSize() - 1);
        }
        return n;
    }
}
