package org.republish.clean;

/**
 * The outcome of a {@link FidelityCheck}: word counts, and when it failed,
 * the first differing position and a message with context for an editor.
 *
 * @param firstDifference index of the first differing word, or -1
 * @param message         "" when passed; otherwise what differs, with context
 */
public record FidelityResult(boolean passed, int wordsBefore, int wordsAfter, int wordsRemoved,
                             int firstDifference, String message) {

    static FidelityResult passed(int before, int after, int removed) {
        return new FidelityResult(true, before, after, removed, -1, "");
    }

    static FidelityResult failed(int before, int after, int removed, int at, String message) {
        return new FidelityResult(false, before, after, removed, at, message);
    }

    /** A short report, suitable for an error file. */
    public String report() {
        String counts = wordsBefore + " words before cleaning, " + wordsRemoved + " moved out of the body as wrapper, "
                + wordsAfter + " after.";
        return passed ? "Fidelity check passed: " + counts : "Fidelity check FAILED: " + counts + "\n" + message;
    }
}
