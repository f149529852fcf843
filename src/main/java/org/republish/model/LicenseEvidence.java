package org.republish.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One statement about a licence found in or around an article, and where it
 * stood. Readers and wrapper rules record statements as they find them; the
 * licence stage reads each one ({@code reading}) and says what it made of it
 * ({@code verdict}), so that an editor can see why an article was published
 * under a licence, or held.
 *
 * @param place   where the statement stood, which decides how much it says about the article itself
 * @param text    the statement as found: a sentence, a metadata value or a link's markup
 * @param links   the addresses the statement links to (a deed URL, a licence badge), in order
 * @param reading the licence the statement names as the licence stage read it ("CC BY-ND 4.0",
 *                "a Creative Commons licence, not which one"), or null until read
 * @param verdict what the licence stage made of it ("decides", "an image credit: not the article's
 *                licence"), or null until weighed
 */
public record LicenseEvidence(Place place, String text, List<String> links, String reading, String verdict) {

    /** Where a statement stood, from the most to the least telling about the article itself. */
    public enum Place {
        /** A sidecar file beside the input: the editor's own decision. */
        EDITOR("the editor's sidecar file"),
        /** The article's front matter, including a syndication block in it. */
        METADATA("the article's metadata"),
        /** The republication notice of a republisher's wrapper ("This article is republished from ..."). */
        NOTICE("the republication notice"),
        /** A sentence in the article's own text. */
        ARTICLE("the article's text"),
        /** Page markup meant for machines: a {@code rel="license"} link, JSON-LD, a {@code <meta>} licence. */
        PAGE("the page's licence markup"),
        /** The site around the article: a footer, sidebar or header statement. */
        SITE("the site's footer or sidebar"),
        /** A picture's caption or credit. */
        CAPTION("an image caption or credit"),
        /** Readers' comments, code, scripts: never about the article. */
        OTHER("a comment or code on the page");

        private final String description;

        Place(String description) {
            this.description = description;
        }

        /** In words, for a hold note: "the site's footer or sidebar". */
        public String description() {
            return description;
        }
    }

    /** Words that name a Creative Commons licence, in any form: a block holding them is worth recording. */
    private static final Pattern LICENCE_WORDS = Pattern.compile(
            "creative[\\s-]*commons|\\bCC[ -]?(?:BY|0\\b|ZERO)|クリエイティブ・コモンズ|크리에이티브\\s?커먼즈|知识共享|創用CC",
            Pattern.CASE_INSENSITIVE);

    public LicenseEvidence {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(text, "text");
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static LicenseEvidence of(Place place, String text, List<String> links) {
        return new LicenseEvidence(place, text, links, null, null);
    }

    public static LicenseEvidence of(Place place, String text) {
        return of(place, text, List.of());
    }

    /** True when the text names a Creative Commons licence: worth recording, for the licence stage to read. */
    public static boolean mentionsLicence(String text) {
        return text != null && LICENCE_WORDS.matcher(text).find();
    }

    /** True for an address on a Creative Commons licence host: a deed, legal code or badge image. */
    public static boolean licenceHost(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return u.matches("^(?:https?:)?//(?:www\\.|i\\.)?(?:creativecommons\\.org|licensebuttons\\.net)/.*")
                || u.matches("^(?:https?:)?//web\\.archive\\.org/web/[^/]+/(?:https?://)?(?:www\\.)?creativecommons\\.org/.*");
    }

    public LicenseEvidence weighed(String newReading, String newVerdict) {
        return new LicenseEvidence(place, text, links, newReading, newVerdict);
    }
}
