package org.republish.read;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * CommonMark with tables and strikethrough, after optional YAML front matter.
 * Front matter wins over the text: when it has no title, the first level-1
 * heading becomes the title and leaves the body.
 */
public final class MarkdownReader implements ArticleReader {

    /**
     * Deepest nesting of blocks (quotes in quotes, lists in lists) read. flexmark
     * renders recursively, and about 900 levels overflow a worker thread's
     * stack; no real article comes near this limit.
     */
    static final int MAX_NESTING = 256;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final BodySanitizer sanitizer = new BodySanitizer();

    public MarkdownReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public Article read(InputDocument input) throws PublishException {
        TextDecoding.Decoded decoded = TextDecoding.decode(input.bytes(), input.fileName());
        List<Notice> notices = new ArrayList<>();
        if (decoded.guessed()) {
            notices.add(Notice.warning("read.encoding", "The file is not UTF-8; it was read as "
                    + decoded.charset().name() + ". Save it as UTF-8 to be sure of every character."));
        }
        FrontMatter.Split split = FrontMatter.split(decoded.text(), input.fileName());
        ArticleMeta.Builder meta = FrontMatter.apply(split.values(), new ArticleMeta.Builder());

        HugoShortcodes.Result shortcodes = HugoShortcodes.rewrite(split.body());
        if (!shortcodes.unknown().isEmpty()) {
            notices.add(Notice.warning("read.shortcodes", "Unknown shortcode(s) removed: "
                    + String.join(", ", shortcodes.unknown()) + ". Check that nothing of the article was in them."));
        }
        Node document;
        try {
            document = parser.parse(shortcodes.markdown());
        } catch (StackOverflowError tooDeep) {
            // the parser recurses per character on some lines (thousands of dashes or list markers in a row)
            throw new PublishException("The article in " + input.fileName() + " has a line the Markdown parser cannot "
                    + "read: thousands of dashes, list markers or quote marks in a row. No article needs that: the file "
                    + "is probably damaged or machine-made. Shorten or remove that line and drop it again.");
        }
        int depth = nestingDepth(document);
        if (depth > MAX_NESTING) {
            throw new PublishException("The article in " + input.fileName() + " nests quotes or lists " + depth
                    + " levels deep, more than the limit of " + MAX_NESTING + ". No article needs that: the file is "
                    + "probably damaged or machine-made. Remove the excess nesting (lines starting with many '>' "
                    + "or deeply indented lists) and drop it again.");
        }
        String html = renderer.render(document);
        Element body = sanitizer.clean(Jsoup.parseBodyFragment(html).body());
        return Titles.settle(new Article(meta.build(), body, notices), input);
    }

    /** The depth of the deepest node, found without recursion (so that the check itself cannot overflow). */
    static int nestingDepth(Node root) {
        int deepest = 0;
        Node node = root.getFirstChild();
        int depth = 1;
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == root) {
                    node = null;
                }
            }
            if (node != null) {
                node = node.getNext();
            }
        }
        return deepest;
    }
}
