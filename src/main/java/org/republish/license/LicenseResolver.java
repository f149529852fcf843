package org.republish.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.republish.model.ArticleMeta;
import org.republish.model.License;
import org.republish.model.Notice;

/**
 * Decides an article's licence from everything known, most explicit first:
 * <ol>
 * <li>a licence already set on the metadata;</li>
 * <li>a front-matter or sidecar value ({@code license}, {@code licence} or
 *     {@code rights}); a value that names no known licence stops here with
 *     no licence, since the editor said something we must not overrule;</li>
 * <li>a specific licence the text says covers this work ("this article is
 *     licensed under ...", "content on this site ...");</li>
 * <li>the source profile's site-wide licence;</li>
 * <li>any other specific licence in the text, with a warning to check it;</li>
 * <li>"a Creative Commons license" in the text, read as the profile's default.</li>
 * </ol>
 * Stateless.
 */
public final class LicenseResolver {

    static final String RULE = "license.detect";

    private static final List<String> KEYS = List.of("license", "licence", "rights");

    /**
     * @param license  the licence, or null when none could be decided
     * @param how      one sentence for the editor on where it came from (or why there is none)
     * @param notices  warnings and information raised on the way
     */
    public record Resolution(License license, String how, List<Notice> notices) {
        public Resolution {
            notices = List.copyOf(notices);
        }
    }

    private LicenseResolver() {
    }

    public static Resolution resolve(ArticleMeta meta, String fullText, SourceProfile profile) {
        List<Notice> notices = new ArrayList<>();
        if (meta.license() != null) {
            return new Resolution(meta.license(), "set in the metadata", notices);
        }
        LicenseMatch generic = null;
        for (String key : KEYS) {
            String value = meta.extra().get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            Optional<LicenseMatch> m = LicenseDetector.fromValue(value);
            if (m.isEmpty()) {
                String why = "the metadata says " + key + ": \"" + value + "\", which is not a Creative Commons "
                        + "licence this tool knows";
                notices.add(Notice.warning(RULE, why));
                return new Resolution(null, why, notices);
            }
            if (!m.get().isGeneric()) {
                return found(m.get(), "metadata " + key, notices);
            }
            generic = m.get();
            break;
        }
        Optional<LicenseMatch> inText = LicenseDetector.fromText(fullText);
        boolean specific = inText.isPresent() && !inText.get().isGeneric();
        if (specific && inText.get().context() == LicenseMatch.Context.ABOUT_THIS_WORK) {
            return found(inText.get(), "text", notices);
        }
        // A site-wide licence says "except where otherwise noted": a licence named in a sentence
        // that does not say it covers this work (a linked document, a caption) does not override it.
        if (profile != null && profile.siteLicense() != null) {
            if (specific) {
                notices.add(Notice.info(RULE, "the text also names " + inText.get().license().shortName() + " ("
                        + inText.get().explanation() + "), but not as this article's licence; kept the site licence"));
            }
            return new Resolution(profile.siteLicense(), "the site-wide licence of the " + profile.name() + " profile "
                    + profile.siteLicense().spdxId(), notices);
        }
        if (specific) {
            notices.add(Notice.warning(RULE, "licence " + inText.get().license().shortName() + " taken from "
                    + inText.get().explanation() + ", a sentence that does not say it covers this article; "
                    + "check it, or set license: in the front matter"));
            return found(inText.get(), "text", notices);
        }
        if (generic == null && inText.isPresent()) {
            generic = inText.get();
        }
        if (generic != null) {
            if (profile != null && profile.defaultLicense() != null) {
                String how = "the text says only \"" + generic.evidence() + "\"; the default of the " + profile.name()
                        + " profile is " + profile.defaultLicense().spdxId();
                notices.add(Notice.info(RULE, "licence " + profile.defaultLicense().spdxId() + " from " + how));
                return new Resolution(profile.defaultLicense(), how, notices);
            }
            String why = "the text says only \"" + generic.evidence() + "\" and no source profile says which one";
            notices.add(Notice.warning(RULE, why));
            return new Resolution(null, why, notices);
        }
        return new Resolution(null, "no licence was found in the metadata or the text", notices);
    }

    private static Resolution found(LicenseMatch m, String where, List<Notice> notices) {
        if (m.kind() == LicenseMatch.Kind.VERSION_ASSUMED) {
            notices.add(Notice.info(RULE, m.license().shortName() + " from " + where + " " + m.explanation()));
        }
        return new Resolution(m.license(), where + ": " + m.explanation(), notices);
    }
}
