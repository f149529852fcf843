package org.republish.read;

import org.republish.model.Article;
import org.republish.model.PublishException;

/**
 * Reads one input format into the model. Lenient on messy content (problems
 * become warnings on the Article), strict on unusable input (a
 * {@link PublishException} whose message tells the editor what is wrong).
 * Implementations are thread-safe.
 */
public interface ArticleReader {

    Article read(InputDocument input) throws PublishException;
}
