/**
 * The one document model: an {@link org.republish.model.Article} (metadata, an
 * HTML body, notices), the records of its metadata, and the exception for a
 * file that cannot be published. Every stage takes and returns these; this
 * package imports nothing of the project's.
 */
package org.republish.model;
