package org.republish.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which language a passage is in, judged by its most common short words
 * ("the", "and" / "le", "et" / "el", "y"...). Good enough to tag a paragraph
 * or an article among the languages republishers meet most; says nothing when
 * the passage is short or the evidence thin, rather than guess.
 */
final class LanguageGuess {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "as", "are",
                    "this", "by", "have", "from", "not", "but", "which", "they", "be", "has", "their", "would"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "qui", "dans", "pour", "pas",
                    "sur", "au", "aux", "avec", "ce", "sont", "par", "plus", "il", "elle", "nous", "été"),
            "es", Set.of("el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "es", "se", "lo",
                    "como", "más", "pero", "sus", "fue", "son", "está", "también", "muy", "hay", "esta"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "des",
                    "auf", "für", "sich", "auch", "von", "wird", "wurde", "sind", "bei", "noch", "aus"),
            "it", Set.of("il", "di", "che", "è", "della", "per", "una", "sono", "gli", "con", "del", "non", "alla",
                    "anche", "più", "nel", "dei", "come", "delle", "questo", "stato"),
            "pt", Set.of("o", "os", "as", "que", "não", "uma", "para", "com", "do", "da", "dos", "das", "em",
                    "por", "mais", "foi", "são", "ao", "seu", "sua", "também", "está"),
            "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "zijn", "met", "voor", "op", "ook",
                    "wordt", "werd", "maar", "bij", "aan", "naar", "dit", "deze", "heeft"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** Fewer words than this and no guess is made. */
    static final int MIN_WORDS = 8;

    private LanguageGuess() {
    }

    /**
     * The language when the passage has enough words, a quarter or more of
     * them are the winner's function words, and the winner scores at least
     * twice the runner-up.
     */
    static Optional<String> of(String text) {
        return guess(text, 4, 2.0);
    }

    /**
     * The language of a whole article: a long text whose words are a tenth or
     * more the winner's function words, scoring half again the runner-up
     * (technical prose has fewer function words than a passage of narrative,
     * and neighbouring languages share some: Spanish and Portuguese "que").
     */
    static Optional<String> ofArticle(String text) {
        Optional<String> strict = of(text);
        return strict.isPresent() ? strict : guess(text, 10, 1.5);
    }

    private static Optional<String> guess(String text, int share, double margin) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Map<String, Integer> hits = new HashMap<>();
        for (String w : words) {
            FUNCTION_WORDS.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || first * share < words.size() || first < margin * second || first < 3) {
            return Optional.empty();
        }
        return Optional.of(best);
    }
}
