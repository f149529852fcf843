/**
 * Licensing: recognises an article's source (source profiles), decides its
 * licence by weighing every statement found in and around it by where it
 * stood (an image credit never licenses the article; doubt holds it), applies
 * the publishing policy, and writes the attribution notice in the article's
 * language. {@link org.republish.license.Licensing} is
 * the stage's one door; imports nothing of the project's but the model.
 */
package org.republish.license;
