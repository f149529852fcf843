package org.republish.clean;

import java.util.List;
import org.republish.model.Article;

/**
 * One cleaning step: a function from Article to Article. A transform never
 * changes its input (it works on {@link Article#bodyCopy()}), reports what it
 * changed as a {@link org.republish.model.Notice} of level CHANGE with a count
 * and a first example, and is thread-safe.
 */
public interface ArticleTransform {

    /** The rule's name, as used in configuration and in the manifest: "UnwrapDeadLinks". */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * True when the transform may change the author's words (not only markup,
     * whitespace, escapes or punctuation style). Such transforms are refused
     * for licences without derivatives.
     */
    default boolean changesWords() {
        return false;
    }

    Article apply(Article article);

    /**
     * The result together with every block of text the transform took out of
     * the body (moved to metadata or dropped as the republisher's wrapper).
     * The fidelity check allows exactly these words to leave the body; a
     * transform that removes text must override this and report it.
     */
    default TransformResult applyTracked(Article article) {
        return new TransformResult(apply(article), List.of());
    }
}
