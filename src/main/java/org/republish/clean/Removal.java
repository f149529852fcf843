package org.republish.clean;

/**
 * A block of text a transform took out of the body, and where it stood:
 * {@code wordIndex} is the position of its first word in the word sequence
 * ({@link Words#of}) of the body the transform was given.
 *
 * @param rule   the transform that removed it
 * @param reason what the block was, e.g. "byline" or "donation appeal"
 * @param text   the block's text as a reader saw it
 */
public record Removal(String rule, String reason, String text, int wordIndex, int wordCount) {
}
