/**
 * Cleaning: small named transforms from Article to Article, each reporting
 * what it changed as a notice, run in order by {@link org.republish.clean.Cleaning}
 * with a fidelity check after each: the author's words never change silently.
 * The wrapper rules run first ({@code unwrap}: the previous republisher's
 * byline, notice, sign-off, boxes, read into metadata before the licence is
 * decided), the tidying rules after ({@code tidy}).
 * Imports nothing of the project's but the model.
 */
package org.republish.clean;
