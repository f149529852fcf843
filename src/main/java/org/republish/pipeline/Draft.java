package org.republish.pipeline;

import org.republish.license.Licensing;
import org.republish.license.SourceProfile;
import org.republish.model.Article;
import org.republish.read.InputDocument;

/**
 * An article on its way through the {@link Step}s: the input it is read
 * from, the article as the steps so far have made it (null before reading),
 * and the source profile its licence was decided with, which its
 * attribution follows (null before that step, or when none matched).
 */
record Draft(InputDocument input, Article article, SourceProfile profile) {

    static Draft of(InputDocument input) {
        return new Draft(input, null, null);
    }

    Draft with(Article changed) {
        return new Draft(input, changed, profile);
    }

    Draft with(Licensing.Decided decided) {
        return new Draft(input, decided.article(), decided.profile());
    }
}
