package org.republish.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Proves that cleaning kept the author's words: the word sequence of the body
 * after cleaning must equal the sequence before, less exactly the blocks the
 * wrapper transforms reported removing ({@link Removal}), word for word, in
 * order, case-sensitive. Markup, punctuation style and whitespace are not
 * words ({@link Words}), so they may change freely. A body with no words, or
 * cleaning that removed every word, fails: the check never passes vacuously.
 */
public final class FidelityCheck {

    private static final int CONTEXT = 8;

    private FidelityCheck() {
    }

    /** Compares two bodies, allowing only the given removals (indexed in {@code before}). */
    public static FidelityResult check(Element before, Element after, List<Removal> removals) {
        return compare(Words.of(before), Words.of(after), removals);
    }

    /** Compares two word sequences, allowing only the given removals (indexed in {@code before}). */
    public static FidelityResult compare(List<String> before, List<String> after, List<Removal> removals) {
        BitSet removed = new BitSet(before.size());
        for (Removal r : removals) {
            int end = r.wordIndex() + r.wordCount();
            if (r.wordIndex() < 0 || end > before.size()) {
                return FidelityResult.failed(before.size(), after.size(), removed.cardinality(), -1,
                        "The rule " + r.rule() + " reports removing \"" + shorten(r.text())
                                + "\" at word " + r.wordIndex() + ", outside the body (" + before.size() + " words).");
            }
            List<String> claimed = Words.of(r.text());
            if (!claimed.equals(before.subList(r.wordIndex(), end)) || removed.get(r.wordIndex(), end).cardinality() > 0) {
                return FidelityResult.failed(before.size(), after.size(), removed.cardinality(), r.wordIndex(),
                        "The rule " + r.rule() + " reports removing \"" + shorten(r.text()) + "\" at word "
                                + r.wordIndex() + ", but the body there reads \""
                                + window(before, r.wordIndex(), Math.min(before.size(), r.wordIndex() + Math.max(1, r.wordCount())))
                                + "\".");
            }
            removed.set(r.wordIndex(), end);
        }
        return compare(before, after, removed);
    }

    /** Compares two word sequences, allowing only the words at the {@code removed} positions of {@code before} to be gone. */
    public static FidelityResult compare(List<String> before, List<String> after, BitSet removed) {
        int removedCount = removed.cardinality();
        if (before.isEmpty()) {
            return FidelityResult.failed(0, after.size(), 0, -1,
                    "The body has no words before cleaning: there is nothing to check.");
        }
        List<String> expected = new ArrayList<>(before.size() - removedCount);
        for (int i = 0; i < before.size(); i++) {
            if (!removed.get(i)) {
                expected.add(before.get(i));
            }
        }
        if (expected.isEmpty() || after.isEmpty()) {
            return FidelityResult.failed(before.size(), after.size(), removedCount, 0,
                    "Cleaning left no words of the article in the body (" + before.size() + " before, "
                            + removedCount + " moved out as wrapper).");
        }
        int n = Math.min(expected.size(), after.size());
        int at = 0;
        while (at < n && expected.get(at).equals(after.get(at))) {
            at++;
        }
        if (at == expected.size() && at == after.size()) {
            return FidelityResult.passed(before.size(), after.size(), removedCount);
        }
        String message = "The words differ at word " + (at + 1) + " of the article (wrapper text excluded):\n"
                + "  expected: ..." + window(expected, at - CONTEXT, at) + " [" + wordAt(expected, at) + "] "
                + window(expected, at + 1, at + 1 + CONTEXT) + "...\n"
                + "  found:    ..." + window(after, at - CONTEXT, at) + " [" + wordAt(after, at) + "] "
                + window(after, at + 1, at + 1 + CONTEXT) + "...\n"
                + "  (" + expected.size() + " words expected, " + after.size() + " found)";
        return FidelityResult.failed(before.size(), after.size(), removedCount, at, message);
    }

    private static String wordAt(List<String> words, int i) {
        return i < words.size() ? words.get(i) : "(end)";
    }

    private static String window(List<String> words, int from, int to) {
        int start = Math.min(Math.max(0, from), words.size());
        int end = Math.max(start, Math.min(to, words.size()));
        return String.join(" ", words.subList(start, end));
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
