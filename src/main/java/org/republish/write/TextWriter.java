package org.republish.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.republish.model.Article;

/**
 * The article as plain UTF-8 text: the title, then one paragraph per block
 * (paragraph, heading, list item, quote, caption, table row), blocks
 * separated by a blank line. Images and markup leave no trace. Thread-safe.
 */
public final class TextWriter implements ArticleWriter {

    /** Elements that end the current block of text and start a new one. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "caption", "section",
            "article", "header", "footer", "aside", "main", "hr", "address", "details", "summary", "body");

    @Override
    public OutputFormat outputFormat() {
        return OutputFormat.TEXT;
    }

    @Override
    public byte[] write(Article article) {
        StringBuilder out = new StringBuilder();
        String title = article.meta().title();
        if (title != null && !title.isBlank()) {
            out.append(title.strip()).append("\n\n");
        }
        out.append(articleText(article));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The article's own text as every output sets it: the standfirst, then the body. */
    public static String articleText(Article article) {
        String standfirst = article.meta().standfirst();
        String body = bodyText(article.body());
        return standfirst == null || standfirst.isBlank() ? body : standfirst.strip() + "\n\n" + body;
    }

    /** The body's blocks, one per paragraph, separated by blank lines, ending in a newline. */
    public static String bodyText(Element body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(body, current, blocks, false);
        flush(current, blocks);
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    private static void collect(Node node, StringBuilder current, List<String> blocks, boolean preformatted) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(preformatted ? t.getWholeText() : t.getWholeText().replaceAll("[\\s\u00a0]+", " "));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (tag.equals("rt") || tag.equals("rp")) {
                    // a reading set over its characters has no place in a line of plain text: the base text stands
                    continue;
                } else if (tag.equals("td") || tag.equals("th")) {
                    current.append(current.isEmpty() ? "" : " | ");
                    collect(e, current, blocks, preformatted);
                } else if (BLOCKS.contains(tag)) {
                    flush(current, blocks);
                    if (tag.equals("li")) {
                        current.append("- ");
                    }
                    collect(e, current, blocks, preformatted || tag.equals("pre"));
                    flush(current, blocks);
                } else {
                    collect(e, current, blocks, preformatted);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String text = current.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
        if (!text.isEmpty() && !text.equals("-")) {
            blocks.add(text);
        }
        current.setLength(0);
    }
}
