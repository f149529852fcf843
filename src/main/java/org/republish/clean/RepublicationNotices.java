package org.republish.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.LicenseEvidence;

/**
 * What a republication notice looks like and what it says: "This article is
 * republished from The Conversation under a Creative Commons license. Read the
 * original article.", "This article appeared first on AIER under a Creative
 * Commons (CC BY 4.0) license.", "Cet article est republié à partir de The
 * Conversation", "Este artículo fue publicado originalmente en The
 * Conversation", "Dieser Artikel erschien zuerst bei ...". A notice names the
 * source, often links the original, and states the licence or a permission.
 */
final class RepublicationNotices {

    /** The verb phrase of a notice, in the languages of the large Creative Commons newsrooms. */
    static final Pattern NOTICE = Pattern.compile(
            "\\b(?:re-?published|re-?posted|reprinted|reproduced|syndicated|cross-?posted)\\s+(?:here\\s+)?"
                    + "(?:from|with|under|by|on|in|courtesy|at|as|and|thanks)\\b"
                    + "|\\b(?:is|was|has\\s+been|have\\s+been|were|been)\\s+(?:re-?published|reprinted|reproduced|re-?posted)\\b"
                    + "|\\b(?:originally|first)\\s+(?:published|appeared|ran|posted|written)\\b"
                    + "|\\bappeared\\s+(?:first|originally)\\b|\\bwas\\s+produced\\s+by\\b"
                    + "|\\brepubli[ée]e?s?\\s+(?:à\\s+partir|depuis|avec|sous|de)\\b|\\b(?:publi[ée]e?|paru)\\s+(?:initialement|originellement|pour\\s+la\\s+premi[èe]re\\s+fois|d['’]abord)\\b"
                    + "|\\bpublicad[oa]\\s+(?:originalmente|originariamente|por\\s+primera\\s+vez)\\b|\\brepublicad[oa]\\s+(?:de|desde|del|da|do|con|com|bajo|sob)\\b"
                    + "|\\bpublicad[oa]\\s+(?:inicialmente|primeiro)\\b"
                    + "|\\bditerbitkan\\s+(?:ulang|kembali|pertama)\\b|\\bterbit\\s+(?:pertama\\s+)?di\\b"
                    + "|\\berschien(?:en)?\\s+(?:zuerst|erstmals|urspr[üu]nglich)\\b|\\bzuerst\\s+(?:erschienen|ver[öo]ffentlicht)\\b"
                    + "|\\bErstver[öo]ffentlichung\\b|\\bursprünglich\\s+ver[öo]ffentlicht\\b|\\b[üu]bernommen\\s+(?:von|aus|mit)\\b"
                    + "|\\b(?:pubblicato|apparso)\\s+(?:originariamente|per\\s+la\\s+prima\\s+volta)\\b|\\bripubblicato\\s+da\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Text of a link to the original article: "original article", "Read the original", "here", "article". */
    private static final Pattern ORIGINAL_LINK = Pattern.compile(
            "(?:read\\s+)?(?:the\\s+|this\\s+)?(?:original(?:\\s+(?:article|post|story|version|piece))?|article|story|post"
                    + "|piece|essay|here|link|lire\\s+l['’]\\s?article\\s+original|l['’]\\s?article\\s+original|article\\s+original"
                    + "|lea\\s+el\\s+original|el\\s+original|art[íi]culo\\s+original|leia\\s+o\\s+original|o\\s+original"
                    + "|artigo\\s+original|baca\\s+artikel\\s+asli(?:nya)?|artikel\\s+asli(?:nya)?|originalartikel"
                    + "|originalbeitrag|zum\\s+original|hier|ici|aqu[íi]|aqui|di\\s+sini)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A publication's name: capitalised words, with the small words names hold ("Foundation for Economic Education"). */
    private static final String NAME = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.\\-]*(?:\\s+(?:[\\p{Lu}\\p{N}&][\\p{L}\\p{N}&'’.\\-]*"
            + "|of|for|on|the|and|de|du|des|la|le|les|für|der|die|das|del|y|e|do|da|dos|das|et|und))*";

    /** The source after the verb: "from The Conversation", "on AIER", "at Aeon", "à partir de The Conversation". */
    private static final Pattern SOURCE_AFTER = Pattern.compile(
            "(?:\\bfrom|\\bon|\\bin|\\bat|\\bby|\\bcourtesy\\s+of|à\\s+partir\\s+de|\\bsur|\\bdans|\\bdepuis|\\ben|\\bde"
                    + "|\\bno|\\bna|\\bdo|\\bda|\\bdari|\\bdi|\\bbei|\\bauf|\\bvon|\\bim|\\bsu)"
                    + "\\s+(?-i:(?:the|la|le|el|der|die|das)\\s+)?(?<name>" + NAME + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "This Expanded Consciousness article was republished ...". */
    private static final Pattern SOURCE_BEFORE = Pattern.compile(
            "\\bThis\\s+(?<name>" + NAME + ")\\s+(?:article|post|story|piece|essay)\\b", Pattern.UNICODE_CASE);

    /** Words after which a captured name stops: the licence clause, "where", "with". */
    private static final Pattern NAME_END = Pattern.compile(
            "\\s+(?:under|with|where|and\\s+(?:has|is|was)|sous|bajo|unter|sob|avec|con|com|mit|dengan|di\\s+bawah"
                    + "|on|in|at|as|is|was|has|by|via|it|its)\\b.*$|[\\s.,;:]+$",
            Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> NOT_A_SOURCE = java.util.Set.of("creative commons", "a creative commons",
            "this", "here", "the", "it", "an", "a", "its", "our", "their", "his", "her", "permission", "license", "licence");

    /** What one notice says. */
    record Notice(String text, String source, String sourceHome, String originalUrl, LicenseEvidence evidence,
            String before) {
    }

    private RepublicationNotices() {
    }

    /**
     * A sentence that speaks of this piece ("This article ...", "Cet article ...", "It first appeared
     * ...") or opens with the notice's verb ("Reproduced from ..."): a notice, not a sentence of the
     * article that happens to say "first published".
     */
    private static final Pattern ABOUT_THIS_PIECE = Pattern.compile(
            "^[\\[(_*\\s]*(?:this|these|it|the\\s+(?:above|following|original)|cet|cette|ce|este|esta|dieser|diese|dieses"
                    + "|der\\s+(?:text|beitrag|artikel)|artikel\\s+ini|tulisan\\s+ini|questo|questa"
                    + "|re-?published|republi\\p{L}*|reprinted|reproduced|originally|first|re-?posted|cross-?posted|syndicated"
                    + "|publi\\p{L}*|paru|erschienen|zuerst|erstver\\p{L}*|[üu]bernommen|diterbitkan)\\b"
                    + "|\\b(?:this|the)\\s+(?:article|post|story|piece|essay|column|blog\\s+post|text|interview|report)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where the notice sentence starts in the text, or -1 when the text holds no notice. */
    static int noticeStart(String text) {
        Matcher m = NOTICE.matcher(text);
        while (m.find()) {
            int start = sentenceStart(text, m.start());
            if (ABOUT_THIS_PIECE.matcher(text.substring(start)).find()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The notice a block states, or empty. {@code before} is the text ahead of
     * the notice's sentence in the same block (an author's sign-off, say).
     */
    static Optional<Notice> read(Element block) {
        String text = block.text().strip();
        int start = noticeStart(text);
        if (start < 0 || Words.of(text).size() > 120) {
            return Optional.empty();
        }
        String sentence = text.substring(start);
        String before = text.substring(0, start).strip();
        String source = null;
        String home = null;
        String original = null;
        List<String> licenceLinks = new ArrayList<>();
        for (Element a : block.select("a[href]")) {
            String href = a.attr("href").strip();
            String anchor = a.text().strip();
            if (LicenseEvidence.licenceHost(href)) {
                licenceLinks.add(href);
                continue;
            }
            if (!href.matches("(?i)https?://.+") || !sentence.contains(anchor)) {
                continue;
            }
            if (isHome(href) && source == null && !anchor.isEmpty() && !ORIGINAL_LINK.matcher(anchor).matches()
                    && !NOT_A_SOURCE.contains(anchor.toLowerCase(Locale.ROOT))) {
                source = anchor;
                home = href;
            } else if (original == null && !isHome(href) && (anchor.isEmpty() || ORIGINAL_LINK.matcher(anchor).matches()
                    || anchor.length() > 25)) {
                original = href;
            }
        }
        if (source == null) {
            source = sourceName(sentence);
        }
        LicenseEvidence evidence = LicenseEvidence.of(LicenseEvidence.Place.NOTICE, sentence, licenceLinks);
        return Optional.of(new Notice(sentence, source, home, original, evidence, before));
    }

    /** The publication a notice sentence names, or null. */
    static String sourceName(String sentence) {
        Matcher before = SOURCE_BEFORE.matcher(sentence);
        if (before.find()) {
            return tidy(before.group("name"));
        }
        Matcher verb = NOTICE.matcher(sentence);
        int from = verb.find() ? verb.start() : 0;
        Matcher after = SOURCE_AFTER.matcher(sentence);
        int at = from;
        while (after.find(at)) {
            String name = tidy(after.group("name"));
            if (name != null) {
                return name;
            }
            at = after.end();
        }
        return null;
    }

    private static String tidy(String raw) {
        String name = NAME_END.matcher(raw.strip()).replaceFirst("").strip();
        name = name.replaceFirst("[.,;:]+$", "").strip();
        if (name.isEmpty() || NOT_A_SOURCE.contains(name.toLowerCase(Locale.ROOT)) || name.length() > 80
                || !Character.isLetterOrDigit(name.charAt(0))) {
            return null;
        }
        return name;
    }

    private static boolean isHome(String href) {
        try {
            URI u = new URI(href.strip());
            String path = u.getPath() == null ? "" : u.getPath();
            return u.getHost() != null && (path.isEmpty() || path.equals("/") || path.matches("/[a-z]{2}(?:-[a-z]{2})?/?"))
                    && u.getQuery() == null;
        } catch (Exception notAUrl) {
            return false;
        }
    }

    /** Start of the sentence holding {@code pos}. */
    static int sentenceStart(String t, int pos) {
        int i = pos;
        while (i > 0) {
            char c = t.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i < t.length() && Character.isWhitespace(t.charAt(i))
                    && !initialBefore(t, i - 1)) {
                break;
            }
            i--;
        }
        while (i < pos && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when the full stop at {@code dot} ends an initial ("Michael A."), not a sentence. */
    private static boolean initialBefore(String t, int dot) {
        return dot >= 2 && Character.isUpperCase(t.charAt(dot - 1)) && t.charAt(dot - 2) == ' ';
    }
}
