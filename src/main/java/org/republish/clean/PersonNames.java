package org.republish.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names as bylines and sign-offs write them. Republishers often print
 * the surname first in capitals ("ALEN Michael A."); the author's own
 * sign-off writes "Michael A. Allen". These helpers put a name in reading
 * order and decide whether two forms denote the same person.
 */
final class PersonNames {

    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del",
            "della", "le", "la", "bin", "ibn", "al", "el", "ten", "ter", "y", "dos", "das");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*");

    private PersonNames() {
    }

    /** True when the text reads as a person's name: 2 to 5 capitalised words, initials or particles. */
    static boolean looksLikeName(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String t : tokens) {
            if (NAME_TOKEN.matcher(t).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(t)) {
                return false;
            }
        }
        return capitalised >= 2;
    }

    /** "ALEN Michael A." in reading order, "Michael A. Alen"; other names unchanged. */
    static String readingOrder(String name) {
        String[] tokens = name.strip().split("\\s+");
        int surnameTokens = 0;
        while (surnameTokens < tokens.length && isUpperWord(tokens[surnameTokens])) {
            surnameTokens++;
        }
        if (surnameTokens == 0 || surnameTokens == tokens.length) {
            return name.strip();
        }
        List<String> given = List.of(tokens).subList(surnameTokens, tokens.length);
        if (given.stream().anyMatch(PersonNames::isUpperWord)) {
            return name.strip();
        }
        List<String> out = new ArrayList<>(given);
        for (int i = 0; i < surnameTokens; i++) {
            out.add(capitalise(tokens[i]));
        }
        return String.join(" ", out);
    }

    /** True when the surname is printed first in capitals ("ALEN Michael A."). */
    static boolean isSurnameFirst(String name) {
        return !readingOrder(name).equals(name.strip());
    }

    /**
     * Whether two name forms denote the same person: in reading order, the
     * given names agree (an initial matches a name with its letter; a missing
     * middle name is allowed) and the surnames agree, allowing one slip of
     * spelling in a surname of four letters or more ("Alen" for "Allen").
     */
    static boolean samePerson(String a, String b) {
        List<String> x = tokens(readingOrder(a));
        List<String> y = tokens(readingOrder(b));
        if (x.size() < 2 || y.size() < 2) {
            return false;
        }
        String sx = x.get(x.size() - 1);
        String sy = y.get(y.size() - 1);
        boolean surnames = sx.equals(sy)
                || (Math.min(sx.length(), sy.length()) >= 4 && editDistance(sx, sy) <= 1);
        if (!surnames) {
            return false;
        }
        List<String> gx = x.subList(0, x.size() - 1);
        List<String> gy = y.subList(0, y.size() - 1);
        if (!compatible(gx.get(0), gy.get(0))) {
            return false;
        }
        List<String> shorter = gx.size() <= gy.size() ? gx : gy;
        List<String> longer = gx.size() <= gy.size() ? gy : gx;
        int j = 0;
        for (String g : shorter) {
            while (j < longer.size() && !compatible(g, longer.get(j))) {
                j++;
            }
            if (j == longer.size()) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static boolean compatible(String a, String b) {
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return a.equals(b);
    }

    private static List<String> tokens(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : plain.split("[^\\p{L}]+")) {
            if (!t.isEmpty() && !PARTICLES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isUpperWord(String token) {
        String letters = token.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }

    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
