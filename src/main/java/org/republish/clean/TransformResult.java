package org.republish.clean;

import java.util.List;
import java.util.Objects;
import org.republish.model.Article;

/** An article after one transform, and the blocks of text that transform removed from the body. */
public record TransformResult(Article article, List<Removal> removals) {

    public TransformResult {
        Objects.requireNonNull(article, "article");
        removals = List.copyOf(removals);
    }
}
