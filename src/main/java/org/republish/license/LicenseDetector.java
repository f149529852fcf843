package org.republish.license;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.republish.model.License;

/**
 * Finds a Creative Commons licence in a metadata value, a URL or free text.
 *
 * <p>Three entry points, from strict to lenient context:
 * <ul>
 * <li>{@link #fromUrl}: a deed or legal-code URL, a licence badge image, or a
 *     bare path such as "publicdomain/zero/1.0";</li>
 * <li>{@link #fromValue}: a front-matter or sidecar {@code license:} value,
 *     where the key already says "this is a licence", so "by-nd/4.0" or
 *     "BY-SA 4.0" are accepted;</li>
 * <li>{@link #fromText}: the words of an article or page. Here a licence must
 *     be named with "CC" or "Creative Commons", a bare "a Creative Commons
 *     license" counts only after "under" or "licensed" (a
 *     {@link LicenseMatch.Kind#GENERIC} match), and licences named in a photo,
 *     map or image credit are not the article's and are skipped.</li>
 * </ul>
 * A type named without a version ("CC BY-ND") is taken as the newest version,
 * 4.0, and the match says so. Each match from text carries its
 * {@link LicenseMatch.Context}: whether the sentence says the licence covers
 * this work ("this article", "content on this site"), is some other licensing
 * statement (which may be about a linked document), or a passing mention. Stateless and safe to share across threads.
 */
public final class LicenseDetector {

    // ---- URLs ------------------------------------------------------------------------------

    /** Jurisdiction of a ported licence: a country code, "igo" or "scotland", never "deed"/"legalcode". */
    private static final String PORT = "([a-z]{2}|igo|scotland)(?![a-z0-9.])";

    private static final String CC_HOSTS =
            "(?:https?:)?(?://)?(?:www\\.)?creativecommons\\.org|(?:https?:)?(?://)?(?:i\\.creativecommons\\.org|licensebuttons\\.net)";

    /** A licence URL anywhere in text: deed, legal code or badge image. */
    private static final Pattern CC_URL = Pattern.compile(
            "(?:" + CC_HOSTS + ")/(?:(?:licen[cs]es|l)/([a-z]+(?:-[a-z]+){0,2})/(\\d\\.\\d)(?:/" + PORT + ")?"
                    + "|(?:publicdomain|p)/zero/1\\.0)",
            Pattern.CASE_INSENSITIVE);

    /** The same, without host: "licenses/by/4.0", "publicdomain/zero/1.0". */
    private static final Pattern CC_PATH = Pattern.compile(
            "^/?(?:(?:licen[cs]es|l)/([a-z]+(?:-[a-z]+){0,2})/(\\d\\.\\d)(?:/" + PORT + ")?|(?:publicdomain|p)/zero/1\\.0)(?:[/?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    /** A page kept by the Wayback Machine: the licence is the archived address's. */
    private static final Pattern ARCHIVED = Pattern.compile(
            "^(?:https?:)?//web\\.archive\\.org/web/[^/]+/((?:https?:)?(?://)?.+)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern ANY_HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//([^/?#]+)(.*)$",
            Pattern.CASE_INSENSITIVE);

    /** A value that is just "by-nd/4.0" or "by-sa/3.0/us". */
    private static final Pattern TYPE_SLASH_VERSION = Pattern.compile(
            "^(by(?:-[a-z]{2}){0,2})/(\\d\\.\\d)(?:/" + PORT + ")?/?$", Pattern.CASE_INSENSITIVE);

    // ---- names -----------------------------------------------------------------------------

    /** "CC BY-NC-ND 4.0", "CC-BY-SA", "cc by 4.0", "CC0", "CC0 1.0". Case is checked in code. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\w-])CC(?:[ -]?(BY(?:[ -]+(?:NC|SA|ND)){0,2})|[ -]?(0|ZERO))(?![a-z])"
                    + "(?:[ -]+(?:v(?:ersion)?[ .]?)?(\\d\\.\\d)(?![\\d]))?",
            Pattern.CASE_INSENSITIVE);

    /** A value such as "BY-SA 4.0" or "by nc nd": only accepted where the key says it is a licence. */
    private static final Pattern BARE_TYPE = Pattern.compile(
            "^(by(?:[ -]+(?:nc|sa|nd)){0,2})(?:[ -]+(\\d\\.\\d))?$", Pattern.CASE_INSENSITIVE);

    private static final String ATTRIBUTION = "attribution|atribuci[oó]n|reconocimiento|paternit[ée]|namensnennung";
    private static final String SHARE_ALIKE = "share[ -]?alike|partage\\s+dans\\s+les\\s+m[êe]mes\\s+conditions"
            + "|compartir[ -]?igual|weitergabe\\s+unter\\s+gleichen\\s+bedingungen";
    private static final String NON_COMMERCIAL = "non[ -]?commercial|pas\\s+d['’]\\s?utilisation\\s+commerciale"
            + "|no[ -]?comercial|nicht[ -]?kommerziell|keine\\s+kommerzielle\\s+nutzung|n[ãa]o\\s+comercial";
    private static final String NO_DERIVATIVES = "no[ -]?deriv(?:atives|s|ative\\s+works)|pas\\s+de\\s+modification"
            + "|sin[ -]?obra[ -]?derivada|sin[ -]?derivadas|keine\\s+bearbeitung(?:en)?";
    private static final String ELEMENT = "(?:" + ATTRIBUTION + "|" + SHARE_ALIKE + "|" + NON_COMMERCIAL + "|"
            + NO_DERIVATIVES + ")";
    private static final String ELEMENT_SEP = "[\\s,/–—-]+(?:(?:und|and|et|y|e)[\\s,/–—-]+)?";

    private static final Pattern NC_WORDS = Pattern.compile(NON_COMMERCIAL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SA_WORDS = Pattern.compile(SHARE_ALIKE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ND_WORDS = Pattern.compile(NO_DERIVATIVES, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International" and translations. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "creative\\s+commons\\s+(?:(?:public\\s+)?licen[cs]e\\s+|licencia\\s+|lizenz\\s+)?[«\"“]?\\s*"
                    + "(" + ELEMENT + "(?:" + ELEMENT_SEP + ELEMENT + "){0,3})"
                    + "(?:" + ELEMENT_SEP + "(?:licen[cs]e\\s+)?(?:version\\s+|v)?(\\d\\.\\d)(?!\\d))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CC0_NAME = Pattern.compile(
            "creative\\s+commons\\s+zero|cc0\\s+public\\s+domain\\s+dedication|public\\s+domain\\s+dedication\\s+\\(cc0\\)",
            Pattern.CASE_INSENSITIVE);

    /** "under a Creative Commons license" and kin: a licensing statement that names no licence. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?:under|sous|bajo|unter)\\s+(?:(?:an?|une|una|einer)\\s+)?creative[\\s-]+commons"
                    + "(?:[\\s-]+(?:licen[cs]es?|licencia|lizenz)\\b)?"
                    // with "the" or "with", only when a licence word follows: "under the creative
                    // commons of the town square" is not a licence
                    + "|(?:(?:under|sous|bajo|unter)\\s+(?:the|der|la)|with\\s+(?:an?\\s+)?)\\s*creative[\\s-]+commons"
                    + "[\\s-]+(?:licen[cs]es?|licencia|lizenz)\\b"
                    + "|licen[cs]ed?\\s+(?:as\\s+)?creative[\\s-]+commons"
                    + "|licen[cs]e\\s*:\\s*creative[\\s-]+commons"
                    + "|(?:licence|licencia|lizenz)\\s+creative[\\s-]+commons"
                    + "|creative[\\s-]+commons[\\s-]+licen[cs]ed"
                    + "|\\bCC[ -]licen[cs]ed\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that, just before a licence, show that it licenses a picture or map, not the article. */
    private static final Pattern MEDIA_CREDIT = Pattern.compile(
            "\\b(?:photos?|photograph|images?|imagery|pictures?|map\\s+(?:data|tiles)|tiles|illustrations?|icons?"
                    + "|logos?|figures?|videos?|audio|flickr|wikimedia|unsplash|openstreetmap|foto|bild|abbildung|abb)"
                    // numbered ones too: "Bild2:", "Photo 3"
                    + "\\s?\\d*\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that make a sentence a licensing statement rather than a passing mention. */
    private static final Pattern STATEMENT = Pattern.compile(
            "licen[cs]|lizenz|republi|\\bunder\\b|\\bsous\\b|\\bbajo\\b|\\bunter\\b|available|released|distributed"
                    + "|published|rights|terms|copyleft|copyright|©|ライセンス|라이선스|许可协议|授權",
            Pattern.CASE_INSENSITIVE);

    /** Words that say the licence covers this work itself, not a picture or a document it links to. */
    private static final Pattern SELF = Pattern.compile(
            "\\b(?:articles?|posts?|story|piece|work|text|essay|content|contents|page|site|website|blog|book|chapter"
                    + "|paper|report|republish\\w*|republi\\w*|reproduced|texte|artículo|artikel|beitrag)\\b"
                    + "|この作品|本作品|この記事|本文|이\\s?저작물",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LicenseDetector() {
    }

    // ---- URL -------------------------------------------------------------------------------

    /**
     * The licence a Creative Commons URL names: "https://creativecommons.org/licenses/by-nc-sa/3.0/deed.fr",
     * "//creativecommons.org/licenses/by/2.0/", ".../legalcode", badge images, "publicdomain/zero/1.0".
     * Empty for any other URL, including the Creative Commons home page.
     */
    public static Optional<LicenseMatch> fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String u = url.strip();
        Matcher archived = ARCHIVED.matcher(u);
        if (archived.matches()) {
            return fromUrl(archived.group(1));
        }
        String path;
        Matcher host = ANY_HOST.matcher(u);
        if (host.matches()) {
            String h = host.group(1).toLowerCase(Locale.ROOT);
            if (!(h.equals("creativecommons.org") || h.equals("www.creativecommons.org")
                    || h.equals("i.creativecommons.org") || h.equals("licensebuttons.net"))) {
                return Optional.empty();
            }
            path = host.group(2);
        } else if (u.regionMatches(true, 0, "creativecommons.org/", 0, 20)
                || u.regionMatches(true, 0, "www.creativecommons.org/", 0, 24)) {
            path = u.substring(u.indexOf('/'));
        } else {
            path = u; // a bare path: only "licenses/..." or "publicdomain/..." forms match below
        }
        Matcher m = CC_PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return licenceOf(m.group(1), m.group(2), m.group(3)).map(l -> LicenseMatch.exact(l, u));
    }

    private static Optional<License> licenceOf(String type, String version, String port) {
        if (type == null) {
            return Optional.of(Licenses.CC0);
        }
        return Licenses.creativeCommons(type, version, port);
    }

    // ---- value -----------------------------------------------------------------------------

    /**
     * The licence a metadata value names: an SPDX id ("CC-BY-4.0"), a short name
     * ("cc by-sa 4.0", "CC BY 4.0"), a full name ("Creative Commons Attribution 4.0
     * International"), "CC0", a deed URL or "by-nd/4.0". "Creative Commons" alone is a
     * generic match. A value this method does not know gives empty.
     */
    public static Optional<LicenseMatch> fromValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = normaliseSpaces(value).strip();
        if (v.toLowerCase(Locale.ROOT).contains("creativecommons.org") || v.contains("://")) {
            Matcher inside = CC_URL.matcher(v);
            return inside.find() ? fromUrl(inside.group()) : Optional.empty();
        }
        Optional<LicenseMatch> url = fromUrl(v);
        if (url.isPresent()) {
            return url;
        }
        Matcher slash = TYPE_SLASH_VERSION.matcher(v);
        if (slash.matches()) {
            return Licenses.creativeCommons(slash.group(1), slash.group(2), slash.group(3))
                    .map(l -> LicenseMatch.exact(l, v));
        }
        Optional<License> byId = Licenses.byId(v);
        if (byId.isPresent()) {
            return Optional.of(LicenseMatch.exact(byId.get(), v));
        }
        Matcher bare = BARE_TYPE.matcher(v);
        if (bare.matches()) {
            return typed(bare.group(1), bare.group(2), v);
        }
        if (v.matches("(?i)(?:a\\s+)?(?:creative[\\s-]+commons|CC)(?:[\\s-]+licen[cs]e)?")) {
            return Optional.of(LicenseMatch.generic(v));
        }
        // Longer values ("Licensed under CC BY 4.0") are read as text, but in a licence field
        // a named licence counts even without a licensing verb.
        List<Found> found = scan(v, false);
        return found.stream().max(Comparator.comparingInt(Found::rank)).map(Found::match);
    }

    // ---- text ------------------------------------------------------------------------------

    /**
     * The licence an article's or page's text states, or empty. When several are
     * found, a licensing statement ("licensed under ...") beats a passing mention
     * and a stated version beats an assumed one; the others are listed in the note.
     */
    public static Optional<LicenseMatch> fromText(String text) {
        List<Found> found = scan(text, true);
        Optional<Found> best = found.stream().filter(f -> !f.mediaCredit)
                .max(Comparator.comparingInt(Found::rank).thenComparing(f -> -f.start));
        if (best.isEmpty()) {
            return Optional.empty();
        }
        LicenseMatch match = best.get().match;
        if (match.context() == LicenseMatch.Context.MENTION) {
            match = match.withNote("named without a licensing statement around it");
        }
        List<String> others = found.stream()
                .filter(f -> !f.mediaCredit && f.match.license() != null
                        && !f.match.license().equals(best.get().match.license()))
                .map(f -> f.match.license().shortName()).distinct().toList();
        if (!others.isEmpty()) {
            match = match.withNote("the text also names " + String.join(", ", others));
        }
        return Optional.of(match);
    }

    /** Every licence named in the text, in order, media credits included (see {@link Found#mediaCredit}). */
    public static List<Found> findAll(String text) {
        return scan(text, true);
    }

    /**
     * One finding in a text.
     *
     * @param statement   the sentence around it is a licensing statement
     * @param mediaCredit it follows words such as "photo" or "map tiles": it licenses a picture
     */
    public record Found(LicenseMatch match, int start, int end, boolean statement, boolean mediaCredit) {
        int rank() {
            int r = switch (match.kind()) {
                case EXACT -> 2;
                case VERSION_ASSUMED -> 1;
                case GENERIC -> 0;
            };
            // About this work outranks a bare statement, which outranks a mention;
            // within each, exact > assumed > generic.
            return switch (match.context()) {
                case EXPLICIT, ABOUT_THIS_WORK -> 20;
                case STATEMENT -> 10;
                case MENTION -> 0;
            } + r;
        }
    }

    private static List<Found> scan(String text, boolean strictCase) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = normaliseSpaces(text);
        List<Found> found = new ArrayList<>();

        Matcher url = CC_URL.matcher(t);
        while (url.find()) {
            int start = url.start();
            fromUrl(url.group()).ifPresent(m -> found.add(found(t, m, start, url.end())));
        }
        Matcher abbr = ABBREVIATION.matcher(t);
        while (abbr.find()) {
            if (insideAny(found, abbr.start()) || insideUrlToken(t, abbr.start())) {
                continue;
            }
            String phrase = abbr.group();
            // "cc by ..." in lower case with no version and no hyphen reads like an e-mail "cc";
            // in a licence value it is fine.
            if (strictCase && abbr.group(3) == null && phrase.equals(phrase.toLowerCase(Locale.ROOT))
                    && !phrase.contains("-") && abbr.group(2) == null) {
                continue;
            }
            Optional<LicenseMatch> m = abbr.group(2) != null
                    ? Optional.of(LicenseMatch.exact(Licenses.CC0, phrase))
                    : typed(abbr.group(1), abbr.group(3), phrase);
            int s = abbr.start();
            m.ifPresent(x -> found.add(found(t, x, s, abbr.end())));
        }
        Matcher full = FULL_NAME.matcher(t);
        while (full.find()) {
            String type = typeOfElements(full.group(1));
            int s = full.start();
            typed(type, full.group(2), full.group().strip()).ifPresent(x -> found.add(found(t, x, s, full.end())));
        }
        Matcher zero = CC0_NAME.matcher(t);
        while (zero.find()) {
            if (!insideAny(found, zero.start())) {
                found.add(found(t, LicenseMatch.exact(Licenses.CC0, zero.group()), zero.start(), zero.end()));
            }
        }
        Matcher generic = GENERIC.matcher(t);
        while (generic.find()) {
            int s = generic.start();
            int e = generic.end();
            // "under a Creative Commons Attribution 4.0 licence": the specific match covers it.
            boolean covered = found.stream().anyMatch(f -> f.start < e + 12 && f.end > s);
            if (!covered) {
                found.add(found(t, LicenseMatch.generic(generic.group()), s, e));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static Found found(String t, LicenseMatch m, int start, int end) {
        boolean statement = statement(t, start, end);
        LicenseMatch.Context context = !statement ? LicenseMatch.Context.MENTION
                : SELF.matcher(sentenceAround(t, start, end)).find() ? LicenseMatch.Context.ABOUT_THIS_WORK
                : LicenseMatch.Context.STATEMENT;
        return new Found(m.in(context), start, end, statement, mediaCredit(t, start, end));
    }

    private static boolean insideAny(List<Found> found, int pos) {
        return found.stream().anyMatch(f -> pos >= f.start && pos < f.end);
    }

    /** True when the position is inside a URL or path token such as ".../cc-by/...". */
    private static boolean insideUrlToken(String t, int pos) {
        int i = pos - 1;
        while (i >= 0 && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '(' && t.charAt(i) != '"'
                && t.charAt(i) != '[') {
            if (t.charAt(i) == '/') {
                return true;
            }
            i--;
        }
        return false;
    }

    /** The licence of a type (as letters or words already reduced to "by-nc-sa") and a version, if any. */
    private static Optional<LicenseMatch> typed(String type, String version, String evidence) {
        String t = Licenses.normaliseType(type);
        if (version != null) {
            return Licenses.creativeCommons(t, version, null).map(l -> LicenseMatch.exact(l, evidence));
        }
        return Licenses.creativeCommons(t, Licenses.LATEST_VERSION, null).map(l -> new LicenseMatch(l,
                LicenseMatch.Kind.VERSION_ASSUMED, evidence,
                "no version given; assumed " + Licenses.LATEST_VERSION + ", the current version"));
    }

    /** "Attribution-NonCommercial-ShareAlike" (or a translation) as "by-nc-sa". */
    private static String typeOfElements(String elements) {
        boolean nc = NC_WORDS.matcher(elements).find();
        boolean sa = SA_WORDS.matcher(elements).find();
        boolean nd = ND_WORDS.matcher(elements).find();
        return "by" + (nc ? "-nc" : "") + (sa ? "-sa" : "") + (nd ? "-nd" : "");
    }

    /** True when a statement reads as a picture's credit: "Photo: ...", "Image credit: ...", "Bild: ...". */
    public static boolean mediaCreditText(String text) {
        String head = text == null ? "" : text.strip();
        head = head.substring(0, Math.min(head.length(), 60));
        return MEDIA_CREDIT.matcher(head).find();
    }

    private static boolean statement(String t, int start, int end) {
        return STATEMENT.matcher(sentenceAround(t, start, end)).find();
    }

    private static boolean mediaCredit(String t, int start, int end) {
        int sentence = sentenceStart(t, start);
        // A licence standing alone after a caption ("Figure 5B from Pigott et al. 2014. CC BY 4.0")
        // belongs to the caption's sentence.
        if (start - sentence < 4 && sentence > 0) {
            sentence = sentenceStart(t, sentence - 1);
        }
        int from = Math.max(sentence, start - 100);
        int to = Math.min(t.length(), end + 30);
        int nl = t.indexOf('\n', end);
        if (nl >= 0 && nl < to) {
            to = nl;
        }
        return MEDIA_CREDIT.matcher(t.substring(from, start) + " " + t.substring(end, to)).find();
    }

    private static String sentenceAround(String t, int start, int end) {
        int from = sentenceStart(t, start);
        int to = end;
        while (to < t.length() && to < end + 120 && t.charAt(to) != '\n'
                && !(t.charAt(to) == '.' && to + 1 < t.length() && Character.isWhitespace(t.charAt(to + 1)))) {
            to++;
        }
        return t.substring(from, to);
    }

    /** Start of the sentence holding {@code pos}, looking back at most 200 characters. */
    private static int sentenceStart(String t, int pos) {
        int i = pos;
        int limit = Math.max(0, pos - 200);
        while (i > limit) {
            char c = t.charAt(i - 1);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i < t.length() && Character.isWhitespace(t.charAt(i)))) {
                break;
            }
            i--;
        }
        return i;
    }

    /** Non-breaking and other odd spaces as plain spaces, one for one, so offsets stay valid. */
    private static String normaliseSpaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace('\u2011', '-')
                .replace('\u2010', '-');
    }
}
