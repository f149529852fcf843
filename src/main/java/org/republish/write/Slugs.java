package org.republish.write;

import java.text.Normalizer;
import java.util.Locale;

/** File-system-safe names derived from titles. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * "Russia wants military aid from China - here's why" becomes
     * "russia-wants-military-aid-from-china-heres-why". Accents are folded to
     * ASCII; a title with no Latin letters or digits gives {@code fallback}'s slug.
     */
    public static String of(String title, String fallback) {
        String slug = slugify(title);
        if (slug.isEmpty()) {
            slug = slugify(fallback);
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("'", "")
                .replace("\u2019", "")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            if (cut > MAX_LENGTH / 2) {
                slug = slug.substring(0, cut);
            }
        }
        return slug;
    }
}
