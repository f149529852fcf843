package org.republish.pipeline;

import org.republish.model.PublishException;

/**
 * One step of the way from an input to an article ready to write: one call
 * into the door of a stage. Throws when the article cannot be published (an
 * ERROR) or may not be yet (a HOLD).
 */
@FunctionalInterface
interface Step {

    Draft apply(Draft draft) throws PublishException;
}
