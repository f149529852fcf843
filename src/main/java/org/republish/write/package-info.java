/**
 * Writing: one XHTML layout of an Article made into HTML, PDF, EPUB and plain
 * text by writers that return bytes, the manifest, and the store that commits
 * an article's files whole or not at all. {@link org.republish.write.Writing}
 * is the stage's one door; imports nothing of the project's but the model.
 */
package org.republish.write;
