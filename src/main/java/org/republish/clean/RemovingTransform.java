package org.republish.clean;

import org.republish.model.Article;

/** A transform that takes blocks out of the body and so must report them for the fidelity check. */
abstract class RemovingTransform implements ArticleTransform {

    @Override
    public final Article apply(Article article) {
        return applyTracked(article).article();
    }

    @Override
    public abstract TransformResult applyTracked(Article article);
}
