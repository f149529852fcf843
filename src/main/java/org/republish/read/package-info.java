/**
 * Reading: an input file (Markdown with front matter, or HTML, a fragment or a
 * whole saved page) becomes an Article. {@link org.republish.read.Reading} is
 * the stage's one door, adding local images, sidecar metadata and the limits;
 * lenient on messy content, strict on unusable input. Imports nothing of the
 * project's but the model.
 */
package org.republish.read;
