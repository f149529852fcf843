/**
 * Licensing: recognises an article's source (source profiles), settles its
 * licence from its metadata and text, applies the publishing policy, and
 * writes the attribution notice. {@link org.republish.license.Licensing} is
 * the stage's one door; imports nothing of the project's but the model.
 */
package org.republish.license;
