package org.republish.read;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How much of one short text (a heading, a headline) another one covers, word by word. */
final class TextSimilarity {

    private TextSimilarity() {
    }

    /**
     * The share (0..1) of {@code b}'s characters that sit in words {@code a}
     * also has: 1 when every word of b is in a.
     */
    static double of(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Set<String> inA = new HashSet<>(wordsA);
        int all = String.join(" ", wordsB).length();
        int unmatched = String.join(" ", wordsB.stream().filter(w -> !inA.contains(w)).toList()).length();
        return 1 - (double) unmatched / all;
    }

    private static List<String> words(String s) {
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")).filter(w -> !w.isEmpty()).toList();
    }
}
