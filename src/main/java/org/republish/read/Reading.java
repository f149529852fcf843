package org.republish.read;

import org.republish.model.Article;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * The reading stage: an input file becomes an {@link Article}, with the
 * images it links to embedded when they sit beside it ({@link LocalImages}),
 * the metadata of its sidecar file applied ({@link Sidecars}), and refused
 * when it has no text or more elements than can be laid out. Thread-safe;
 * build once and share.
 */
public final class Reading {

    /** Default for {@code republish.max-elements}: far above any real article, far below what stalls layout. */
    public static final int DEFAULT_MAX_ELEMENTS = 20_000;

    private final ArticleReaders readers;
    private final int maxElements;

    /** @param maxElements articles with more HTML elements are refused */
    public Reading(int maxElements) {
        this(maxElements, true);
    }

    /**
     * @param maxElements articles with more HTML elements are refused
     * @param typographic Markdown read with typographic quotes and dashes ({@code republish.typography})
     */
    public Reading(int maxElements, boolean typographic) {
        this.maxElements = maxElements;
        this.readers = new ArticleReaders(typographic);
    }

    public Article read(InputDocument input) throws PublishException {
        Article article = LocalImages.embed(readers.read(input), input);
        int elements = article.body().getAllElements().size() - 1;
        if (elements > maxElements) {
            throw new PublishException("The article in " + input.fileName() + " has " + elements
                    + " HTML elements (paragraphs, list items, cells...), more than the limit of " + maxElements
                    + " (republish.max-elements). Laying out a document that size would stall the service; "
                    + "split it into several articles, or raise the limit.");
        }
        if (article.body().text().isBlank()) {
            throw new PublishException("The article in " + input.fileName() + " has no text: after its metadata "
                    + "there is nothing to publish. Check that the whole article was saved into the file.");
        }
        article = Sidecars.apply(article, input);
        String rejected = article.meta().extra().get(FrontMatter.REJECTED_ADDRESS);
        if (rejected != null) {
            article = article.withNotice(Notice.warning("read.address", "The original's address \""
                    + rejected.strip() + "\" is not a web address (http or https), so no output links it; give the "
                    + "original article's https:// address in the metadata (url:) if it has one."));
        }
        return article;
    }
}
