package org.republish.read;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * CommonMark after optional YAML front matter, with the extensions pandoc
 * reads by default and blog posts use: tables, strikethrough, footnotes
 * (rendered as notes, see {@link MarkdownNotes}), heading attributes
 * ({@code ## Title {#id}}; every heading gets an id, the GitHub and Hugo way,
 * so in-page links written against the site land), definition lists, task
 * lists, and, unless switched off, typographic quotes, dashes and ellipses.
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

    /** A reader with typographic quotes and dashes, the default. */
    public MarkdownReader() {
        this(true);
    }

    /** @param typographic curly quotes, en and em dashes and ellipses for their ASCII forms (outside code) */
    public MarkdownReader(boolean typographic) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                FootnoteExtension.create(), AttributesExtension.create(), DefinitionExtension.create(),
                TaskListExtension.create()));
        if (typographic) {
            extensions.add(TypographicExtension.create());
        }
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public Article read(InputDocument input) throws PublishException {
        TextDecoding.Decoded decoded = TextDecoding.decode(input.bytes(), input.fileName());
        List<Notice> notices = new ArrayList<>();
        if (decoded.damaged() > 0) {
            notices.add(TextDecoding.damagedNotice(decoded.damaged()));
        } else if (decoded.guessed()) {
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
        int quoteDepth = deepestQuoteMarkers(shortcodes.markdown());
        if (quoteDepth > MAX_NESTING) {
            // counted before parsing: with the footnote and attribute extensions the parser itself overflows first
            throw tooDeep(input, quoteDepth);
        }
        ArticleDeadline.check();
        Document document;
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
            throw tooDeep(input, depth);
        }
        // parsing, rendering and reading back each take a second or more on a page made to stall them
        ArticleDeadline.check();
        LiteralBraces.restore(document);
        String html = renderer.render(document);
        ArticleDeadline.check();
        Element parsed = Jsoup.parseBodyFragment(html).body();
        ArticleDeadline.check();
        markTasks(parsed);
        Element body = sanitizer.clean(parsed);
        ArticleDeadline.check();
        MarkdownNotes.mark(body);
        return Titles.settle(new Article(meta.build(), body, notices), input);
    }

    /**
     * A task list's check boxes are form controls, which the sanitizer drops
     * (no output has forms); a ballot box character keeps whether the task
     * was done.
     */
    private static void markTasks(Element body) {
        for (Element box : body.select("li > input[type=checkbox]")) {
            box.replaceWith(new org.jsoup.nodes.TextNode(box.hasAttr("checked") ? "\u2611" : "\u2610"));
        }
    }

    private static PublishException tooDeep(InputDocument input, int depth) {
        return new PublishException("The article in " + input.fileName() + " nests quotes or lists " + depth
                + " levels deep, more than the limit of " + MAX_NESTING + ". No article needs that: the file is "
                + "probably damaged or machine-made. Remove the excess nesting (lines starting with many '>' "
                + "or deeply indented lists) and drop it again.");
    }

    /** The most block-quote markers ('>', spaces between them allowed) that start any one line. */
    static int deepestQuoteMarkers(String markdown) {
        int deepest = 0;
        int count = 0;
        boolean atLineStart = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                count = 0;
                atLineStart = true;
            } else if (atLineStart && c == '>') {
                deepest = Math.max(deepest, ++count);
            } else if (c != ' ' && c != '\t') {
                atLineStart = false;
            }
        }
        return deepest;
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
