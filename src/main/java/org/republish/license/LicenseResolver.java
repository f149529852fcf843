package org.republish.license;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.republish.model.License;
import org.republish.model.LicenseEvidence;
import org.republish.model.LicenseEvidence.Place;
import org.republish.model.Notice;

/**
 * Decides an article's licence from every statement found about it, weighing
 * each by where it stood:
 * <ol>
 * <li>the editor's sidecar file decides outright;</li>
 * <li>statements about this article (its metadata, the republication notice,
 *     a sentence of its text that says "this article") decide when they
 *     agree, and hold the article when they disagree;</li>
 * <li>otherwise the site around it (footer, sidebar, licence markup)
 *     decides, but only for the site's own articles: when a notice says the
 *     article comes from elsewhere, the site's licence is the republisher's;</li>
 * <li>otherwise a source profile: its site-wide licence, or the licence its
 *     policy states when a statement says only "a Creative Commons license"
 *     or the editor named the profile.</li>
 * </ol>
 * An image credit never licenses the article, nor does a comment or code; a
 * licence named in passing in the text is quoted but never decides; a type
 * without a version ("CC BY-SA") decides only when another statement or the
 * profile gives the version; "with permission" is not a licence. Whatever is
 * not certain holds the article, with every statement and what was made of
 * it. Stateless.
 */
public final class LicenseResolver {

    static final String RULE = "license.detect";

    /** Republication by permission rather than by licence. */
    private static final Pattern PERMISSION = Pattern.compile(
            "\\bwith\\s+(?:the\\s+)?(?:kind\\s+|express\\s+)?permission\\b|\\bby\\s+permission\\b|\\bcourtesy\\s+of\\b"
                    + "|\\bmit\\s+(?:freundlicher\\s+)?genehmigung\\b|\\bavec\\s+(?:l['’]\\s?)?(?:aimable\\s+)?autorisation\\b"
                    + "|\\bcon\\s+(?:el\\s+)?permiso\\b|\\bcom\\s+(?:a\\s+)?permiss[ãa]o\\b|\\bdengan\\s+izin\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A site statement about something other than its articles: readers' posts, pictures, code. */
    private static final Pattern OTHER_SUBJECT = Pattern.compile(
            "\\buser\\s+contributions\\b|\\b(?:the\\s+|all\\s+|our\\s+)?(?:photos?|photographs|images|pictures|fotos|bilder"
                    + "|illustrations|icons|theme|template|brochure|source\\s+code|software|plugin|font)\\s+(?:\\w+\\s+){0,4}"
                    + "(?:are|is|were|sind|stehen|steht|sont|est|están|está)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * @param license  the licence, or null when none could be decided
     * @param how      one sentence for the editor on where it came from, or why there is none
     * @param evidence every statement, each with its reading and verdict
     * @param notices  warnings and information raised on the way
     */
    public record Resolution(License license, String how, List<LicenseEvidence> evidence, List<Notice> notices) {
        public Resolution {
            evidence = List.copyOf(evidence);
            notices = List.copyOf(notices);
        }
    }

    /** What one statement says. */
    /**
     * @param statement the statement says it licenses something (a licensing sentence, a licence link or
     *                  markup), rather than naming a licence in passing ("CC0" in a list of licences)
     * @param badge     it shows a licence badge, as the licence chooser's notice for a work does
     */
    private record Read(LicenseEvidence evidence, License license, boolean versionAssumed, boolean generic,
            boolean permission, String quote, String ignored, boolean statement, boolean badge) {

        boolean specific() {
            return license != null;
        }

        String reading() {
            if (license != null) {
                return license.shortName() + (versionAssumed ? " (no version given)" : "");
            }
            if (generic) {
                return "a Creative Commons licence, not which one";
            }
            return permission ? "republished with permission, not under a licence" : "no licence named";
        }
    }

    private LicenseResolver() {
    }

    /**
     * @param evidence      every statement found, in the order found
     * @param profile       the matched source profile, or null
     * @param profileNamed  the editor or the metadata named the profile ("profile: ID"): its policy's
     *                      licence may then decide when no statement does
     */
    public static Resolution resolve(List<LicenseEvidence> evidence, SourceProfile profile, boolean profileNamed) {
        List<Read> reads = evidence.stream().map(LicenseResolver::read).toList();
        Decision d = new Decision(reads);
        d.decide(profile, profileNamed);
        return d.result();
    }

    // ---- reading one statement ---------------------------------------------------------------

    private static Read read(LicenseEvidence e) {
        String text = e.text() == null ? "" : e.text().strip();
        List<LicenseMatch> fromLinks = new ArrayList<>();
        for (String link : e.links()) {
            LicenseDetector.fromUrl(link).ifPresent(fromLinks::add);
        }
        boolean valuePlace = e.place() == Place.EDITOR || e.place() == Place.METADATA || e.place() == Place.PAGE;
        List<LicenseMatch> fromText = new ArrayList<>();
        boolean media = e.place() == Place.CAPTION;
        boolean statement = valuePlace || !fromLinks.isEmpty();
        boolean badge = e.links().stream().anyMatch(l -> l.matches("(?i).*(?:licensebuttons\\.net|i\\.creativecommons\\.org)/.*"));
        if (valuePlace) {
            LicenseDetector.fromValue(text).ifPresent(fromText::add);
        } else {
            List<LicenseDetector.Found> found = LicenseDetector.findAll(text);
            statement |= found.stream().anyMatch(LicenseDetector.Found::statement);
            for (LicenseDetector.Found f : found) {
                fromText.add(f.match());
            }
            if (!found.isEmpty() && found.stream().allMatch(LicenseDetector.Found::mediaCredit)) {
                media = true;
            }
            if (found.isEmpty() && !fromLinks.isEmpty() && LicenseDetector.mediaCreditText(text)) {
                media = true;
            }
        }
        boolean permission = !valuePlace && PERMISSION.matcher(text).find();
        String ignored = null;
        if (e.place() == Place.OTHER) {
            ignored = "a comment or code on the page, not about the article";
        } else if (e.place() == Place.SITE && OTHER_SUBJECT.matcher(text).find()) {
            ignored = "it licenses something else on the site, not its articles";
        } else if (media) {
            ignored = "an image credit: it licenses the picture, not the article";
        }

        // The most specific licence the statement names: a link or an exact name wins over a type
        // without a version, which wins over "a Creative Commons license".
        License exact = null;
        String quote = text;
        boolean conflict = false;
        for (LicenseMatch m : concat(fromLinks, fromText)) {
            if (m.kind() == LicenseMatch.Kind.EXACT) {
                if (exact == null) {
                    exact = m.license();
                    quote = m.evidence();
                } else if (!compatible(exact, m.license())) {
                    conflict = true;
                } else {
                    exact = moreSpecific(exact, m.license());
                }
            }
        }
        License assumed = null;
        for (LicenseMatch m : fromText) {
            if (m.kind() == LicenseMatch.Kind.VERSION_ASSUMED) {
                if (exact != null && !sameType(exact, m.license())) {
                    conflict = true;
                } else if (exact == null && assumed == null) {
                    assumed = m.license();
                    quote = m.evidence();
                }
            }
        }
        boolean generic = fromText.stream().anyMatch(LicenseMatch::isGeneric);
        if (exact == null && assumed == null && generic) {
            quote = fromText.stream().filter(LicenseMatch::isGeneric).findFirst().orElseThrow().evidence();
        }
        if (conflict && ignored == null) {
            // one statement naming two licences (text and photos, say) cannot decide alone
            return new Read(e, null, false, false, permission, text,
                    "it names more than one licence and does not say which covers the article", statement, badge);
        }
        License license = exact != null ? exact : assumed;
        return new Read(e, license, exact == null && assumed != null, generic && license == null, permission,
                quote, ignored, statement, badge);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The same type and version; a national port counts as the same as the international licence. */
    static boolean compatible(License a, License b) {
        return a.spdxId().equals(b.spdxId()) || base(a).equals(base(b));
    }

    private static License moreSpecific(License a, License b) {
        return a.spdxId().length() >= b.spdxId().length() ? a : b;
    }

    /** "CC-BY-SA-3.0" for "CC-BY-SA-3.0-DE". */
    private static String base(License l) {
        return l.spdxId().replaceFirst("^(CC-[A-Z-]+?-\\d\\.\\d)(?:-[A-Z]+)?$", "$1");
    }

    static boolean sameType(License a, License b) {
        return type(a).equals(type(b));
    }

    private static String type(License l) {
        return l.spdxId().replaceFirst("-\\d\\.\\d.*$", "");
    }

    // ---- weighing all statements -------------------------------------------------------------

    private static final class Decision {
        private final List<Read> reads;
        private final Map<Read, String> verdicts = new LinkedHashMap<>();
        private final List<Notice> notices = new ArrayList<>();
        private License license;
        private String how;

        Decision(List<Read> reads) {
            this.reads = reads;
            for (Read r : reads) {
                if (r.ignored() != null) {
                    verdicts.put(r, r.ignored());
                }
            }
        }

        void decide(SourceProfile profile, boolean profileNamed) {
            if (decideByEditor(profile)) {
                return;
            }
            List<Read> own = reads.stream().filter(r -> r.ignored() == null && aboutThisArticle(r)).toList();
            Optional<Read> unknown = own.stream().filter(r -> r.evidence().place() == Place.METADATA && !r.specific()
                    && !r.generic() && !r.evidence().text().isBlank()).findFirst();
            if (unknown.isPresent()) {
                verdicts.put(unknown.get(), "not a Creative Commons licence this tool knows; the metadata is not overruled");
                how = "the article's metadata says \"" + shorten(unknown.get().evidence().text())
                        + "\", which is not a Creative Commons licence this tool knows";
                for (Read r : reads) {
                    verdicts.putIfAbsent(r, "not weighed: the metadata's statement stands");
                }
                return;
            }
            if (decideBy(own, "about this article", profile)) {
                return;
            }
            boolean permission = own.stream().anyMatch(Read::permission);
            boolean fromElsewhere = reads.stream().anyMatch(r -> r.evidence().place() == Place.NOTICE);
            List<Read> site = reads.stream().filter(r -> r.ignored() == null && r.statement() && siteWide(r)).toList();
            if (fromElsewhere || permission) {
                for (Read r : site) {
                    if (r.specific() || r.generic()) {
                        verdicts.put(r, "the republishing site's own licence: the notice says the article comes "
                                + "from elsewhere");
                    }
                }
            } else if (decideBy(site, "the site's", profile)) {
                return;
            }
            if (profile != null && !permission && undecided()) {
                if (profile.siteLicense() != null) {
                    for (Read r : reads) {
                        verdicts.putIfAbsent(r, r.generic() ? "says only \"Creative Commons\"; the source's own licence "
                                + "says which" : r.specific() ? "named in passing, not as this article's licence"
                                : "names no licence; the source's own licence covers the article");
                    }
                    decided(profile.siteLicense(), "every article of " + profile.name() + " is published under "
                            + profile.siteLicense().shortName() + " (source profile " + profile.id() + ")");
                    return;
                }
                if (profileNamed && profile.defaultLicense() != null) {
                    for (Read r : reads) {
                        verdicts.putIfAbsent(r, "names no licence; the profile named for the article decides");
                    }
                    decided(profile.defaultLicense(), "the " + profile.id() + " profile was named for this article, "
                            + "and " + profile.name() + "'s policy states " + profile.defaultLicense().shortName());
                    return;
                }
            }
            if (permission && undecided()) {
                Read r = own.stream().filter(Read::permission).findFirst().orElseThrow();
                verdicts.put(r, "republished with permission: permission is not a licence anyone may republish under");
                how = "the copy says it was republished with permission (\"" + shorten(r.evidence().text())
                        + "\"), which gives no licence to republish it again";
            }
            for (Read r : reads) {
                verdicts.putIfAbsent(r, r.specific() || r.generic()
                        ? "named in passing, not as this article's licence" : "names no licence");
            }
            if (how == null) {
                how = reads.isEmpty() ? "nothing in the article, its metadata or its page states a licence"
                        : "none of the statements found licenses this article";
            }
        }

        /** Where the statement says it covers this article: the metadata, the notice, "this article is ...". */
        private static boolean aboutThisArticle(Read r) {
            return switch (r.evidence().place()) {
                case METADATA, NOTICE -> true;
                case ARTICLE -> LicenseDetector.findAll(r.evidence().text()).stream()
                        .anyMatch(f -> f.match().context() == LicenseMatch.Context.ABOUT_THIS_WORK)
                        || r.permission() || r.badge() && r.evidence().text().length() <= 400;
                default -> false;
            };
        }

        private static boolean siteWide(Read r) {
            return r.evidence().place() == Place.PAGE || r.evidence().place() == Place.SITE;
        }

        private boolean undecided() {
            return license == null && how == null;
        }

        private boolean decideByEditor(SourceProfile profile) {
            List<Read> editor = reads.stream().filter(r -> r.evidence().place() == Place.EDITOR).toList();
            if (editor.isEmpty()) {
                return false;
            }
            Read first = editor.get(0);
            for (Read r : reads) {
                if (r.evidence().place() != Place.EDITOR) {
                    verdicts.putIfAbsent(r, "overruled by the editor's sidecar file");
                }
            }
            if (first.specific()) {
                verdicts.put(first, "decides: the editor's choice");
                decided(first.license(), "the editor's sidecar file says " + first.license().shortName());
                return true;
            }
            if (first.generic() && profile != null && profile.defaultLicense() != null) {
                verdicts.put(first, "decides, with the " + profile.id() + " profile's licence");
                decided(profile.defaultLicense(), "the editor's sidecar file says \"" + first.evidence().text()
                        + "\"; " + profile.name() + "'s policy states " + profile.defaultLicense().shortName());
                return true;
            }
            verdicts.put(first, "not a Creative Commons licence this tool knows; the editor's word is not overruled");
            how = "the sidecar file says \"" + first.evidence().text() + "\", which is not a Creative Commons licence "
                    + "this tool knows";
            return true;
        }

        /**
         * Decides from one tier of statements, if they settle it. Returns true when decided, or when
         * the tier holds the article (a conflict, a type without a version, a bare "Creative Commons").
         */
        private boolean decideBy(List<Read> tier, String what, SourceProfile profile) {
            List<Read> exact = tier.stream().filter(r -> r.specific() && !r.versionAssumed()).toList();
            List<Read> assumed = tier.stream().filter(r -> r.specific() && r.versionAssumed()).toList();
            List<Read> generic = tier.stream().filter(Read::generic).toList();
            if (!exact.isEmpty()) {
                License chosen = exact.get(0).license();
                for (Read r : exact) {
                    if (!compatible(chosen, r.license())) {
                        return conflict(exact, what);
                    }
                    chosen = moreSpecific(chosen, r.license());
                }
                for (Read r : assumed) {
                    if (!sameType(chosen, r.license())) {
                        return conflict(concat(exact, assumed), what);
                    }
                }
                for (Read r : exact) {
                    verdicts.put(r, "decides");
                }
                for (Read r : assumed) {
                    verdicts.put(r, "agrees (the version comes from another statement)");
                }
                for (Read r : generic) {
                    verdicts.put(r, "agrees (says only \"Creative Commons\")");
                }
                Read lead = exact.get(0);
                decided(chosen, lead.evidence().place().description() + " states " + chosen.shortName() + " (\""
                        + shorten(lead.quote()) + "\")");
                return true;
            }
            if (!assumed.isEmpty()) {
                License type = assumed.get(0).license();
                for (Read r : assumed) {
                    if (!sameType(type, r.license())) {
                        return conflict(assumed, what);
                    }
                }
                License fromProfile = profile == null ? null
                        : profile.defaultLicense() != null && sameType(profile.defaultLicense(), type) ? profile.defaultLicense()
                        : profile.siteLicense() != null && sameType(profile.siteLicense(), type) ? profile.siteLicense()
                        : null;
                Read lead = assumed.get(0);
                if (fromProfile != null) {
                    assumed.forEach(r -> verdicts.put(r, "decides, with the version from the " + profile.id() + " profile"));
                    decided(fromProfile, lead.evidence().place().description() + " names "
                            + lead.quote() + " without a version; " + profile.name() + " uses "
                            + fromProfile.shortName());
                    return true;
                }
                assumed.forEach(r -> verdicts.put(r, "names a licence type without its version"));
                String typeName = type.shortName().replaceFirst(" \\d\\.\\d.*$", "");
                how = lead.evidence().place().description() + " names " + typeName + " (\"" + shorten(lead.quote())
                        + "\") but not its version, and the version decides the terms (2.0, 3.0 and 4.0 differ)";
                return true;
            }
            if (!generic.isEmpty()) {
                Read lead = generic.get(0);
                if (profile != null && profile.defaultLicense() != null) {
                    generic.forEach(r -> verdicts.put(r, "decides, with the licence " + profile.name()
                            + "'s policy states (source profile " + profile.id() + ")"));
                    decided(profile.defaultLicense(), lead.evidence().place().description() + " says only \""
                            + shorten(lead.quote()) + "\"; " + profile.name() + "'s policy states "
                            + profile.defaultLicense().shortName());
                    notices.add(Notice.info(RULE, "licence " + profile.defaultLicense().spdxId() + " from "
                            + profile.name() + "'s policy (source profile " + profile.id()
                            + "): the copy says only \"a Creative Commons license\""));
                    return true;
                }
                if (profile != null && profile.siteLicense() != null) {
                    return false; // the profile's site-wide licence settles it below
                }
                generic.forEach(r -> verdicts.put(r, "says \"Creative Commons\" without naming the licence"));
                how = lead.evidence().place().description() + " says only \"" + shorten(lead.quote())
                        + "\", not which Creative Commons licence, and no source profile says which one";
                return true;
            }
            return false;
        }

        private boolean conflict(List<Read> tier, String what) {
            List<String> named = new ArrayList<>();
            for (Read r : tier) {
                verdicts.put(r, "conflicts with another statement " + what);
                named.add(r.license().shortName() + " in " + r.evidence().place().description() + " (\""
                        + shorten(r.quote()) + "\")");
            }
            how = "the statements " + what + " disagree: " + String.join("; ", named.stream().distinct().toList());
            return true;
        }

        private void decided(License l, String why) {
            license = l;
            how = why;
        }

        Resolution result() {
            List<LicenseEvidence> weighed = new ArrayList<>();
            for (Read r : reads) {
                weighed.add(r.evidence().weighed(r.reading(), verdicts.getOrDefault(r, "not weighed")));
            }
            if (license == null) {
                notices.add(Notice.warning(RULE, "no licence: " + how));
            }
            return new Resolution(license, how, weighed, notices);
        }
    }

    static String shorten(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }

    /** Statements listed one by one in a hold note; the rest are counted. */
    private static final int LISTED = 12;

    /**
     * The evidence as lines for a hold note: where, what it says, what was made of it. Statements that
     * name a licence come first; readers' comments and statements naming none are counted, not listed.
     */
    public static String describe(List<LicenseEvidence> weighed) {
        StringBuilder out = new StringBuilder();
        List<LicenseEvidence> listed = new ArrayList<>();
        int quiet = 0;
        for (LicenseEvidence e : weighed) {
            boolean namesOne = e.reading() != null && !e.reading().equals("no licence named");
            if ((namesOne && e.place() != Place.OTHER) || e.place() == Place.EDITOR || e.place() == Place.METADATA
                    || e.place() == Place.NOTICE) {
                listed.add(e);
            } else {
                quiet++;
            }
        }
        for (LicenseEvidence e : listed.subList(0, Math.min(LISTED, listed.size()))) {
            out.append("- ").append(e.place().description()).append(": \"").append(shorten(e.text())).append('"');
            if (!e.links().isEmpty()) {
                out.append(" (links ").append(String.join(", ", e.links().stream().limit(3).toList())).append(')');
            }
            out.append(" -> ").append(e.reading() == null ? "not read" : e.reading());
            if (e.verdict() != null) {
                out.append("; ").append(e.verdict());
            }
            out.append('\n');
        }
        int more = quiet + Math.max(0, listed.size() - LISTED);
        if (more > 0) {
            out.append("- and ").append(more).append(" more mention(s) in the text, comments or code that name no "
                    + "licence of the article (all are in the manifest when it is published)\n");
        }
        return out.toString();
    }

    /** The profile's policy in words for a hold note, when it states a licence. */
    static Optional<String> policyAdvice(SourceProfile profile) {
        if (profile == null || profile.defaultLicense() == null && profile.siteLicense() == null) {
            return Optional.empty();
        }
        License policy = profile.siteLicense() != null ? profile.siteLicense() : profile.defaultLicense();
        return Optional.of("The source looks like " + profile.name() + ", whose policy states " + policy.shortName()
                + (profile.policy() == null ? "" : " (" + profile.policy() + ")") + ". If this copy is covered by it, "
                + "add \"profile: " + profile.id() + "\" (or \"license: " + policy.spdxId() + "\") to the front matter "
                + "or to a sidecar file.");
    }
}
