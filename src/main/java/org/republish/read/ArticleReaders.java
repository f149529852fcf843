package org.republish.read;

import java.util.Map;
import org.republish.model.Article;
import org.republish.model.PublishException;

/** The reader for each input extension. Thread-safe; build once. */
public final class ArticleReaders {

    public static final String SUPPORTED = ".md, .markdown, .txt, .html, .htm";

    private final Map<String, ArticleReader> byExtension;

    public ArticleReaders() {
        this(true);
    }

    /** @param typographic Markdown's straight quotes and ASCII dashes read as typographic ones */
    public ArticleReaders(boolean typographic) {
        MarkdownReader markdown = new MarkdownReader(typographic);
        HtmlReader html = new HtmlReader();
        byExtension = Map.of("md", markdown, "markdown", markdown, "txt", markdown, "html", html, "htm", html);
    }

    public Article read(InputDocument input) throws PublishException {
        ArticleReader reader = byExtension.get(input.extension());
        if (reader == null) {
            String ext = input.extension().isEmpty() ? "no extension" : "the extension ." + input.extension();
            throw new PublishException("The file " + input.fileName() + " has " + ext
                    + ", which republish does not read. Supported: " + SUPPORTED
                    + ". Save the article in one of these formats and drop it again.");
        }
        return reader.read(input);
    }
}
