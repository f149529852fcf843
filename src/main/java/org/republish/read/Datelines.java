package org.republish.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the post's date line where sites set it, at the very start or end
 * of the article's box: "Aktualisiert: 11.04.2020, 10:27", "Posted on April
 * 22, 2022", "16 marca 2021", "20:37", "Updated 2 hours ago", "hace 2 horas".
 * The date is the page's metadata; as a line of the text it is furniture. A
 * line is a date line only when nothing is left of it but a date or time and
 * words that introduce one: a place ("Hamburg, 2. November 2021"), a name
 * ("By Ana Ruiz, May 3") or a source ("Deutschlandfunk, 02. November 2021")
 * keeps it. A line that is only the
 * {@code <time>} of the article's header box leaves wherever it stands in it.
 * A byline set as a line leaves the same way when it names an author the
 * page's metadata gives (see {@link #removeBylinesAtEdges}).
 */
final class Datelines {

    /** A date or time in the forms and languages of the pages we read. */
    private static final Pattern DATE_OR_TIME = Pattern.compile("(?iu)"
            + "\\b\\d{1,2}h\\d{2}\\b|\\b\\d{1,2}\\.\\d{2}\\s?(?:am|pm|uhr|gmt|bst|utc|cet|cest)\\b|\\b\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?[ap]\\.m\\.|(?:\\s?(?:am|pm|h|hs|uhr))?\\b)"
            + "|\\b\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.+-]+z?)?\\b"
            + "|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b"
            + "|\\b(?:\\d{1,2}\\.?\\s*(?:de\\s+)?)?(?:" + monthNames() + ")\\.?(?:\\s+(?:de\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?)?"
            + "(?:\\s+(?:de\\s+)?\\d{4})?\\b");

    /** A time told as how long ago it was: "3 hours ago", "vor 2 Stunden", "hace 5 minutos", "il y a un jour". */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?iu)\\b(?:\\d+|an?|one) (?:seconds?|secs?|minutes?"
            + "|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\\b"
            + "|\\bvor (?:\\d+|einer?|einem) (?:sekunden?|minuten?|min\\.?|stunden?|std\\.?|tag(?:en)?|wochen?"
            + "|monat(?:en)?|jahr(?:en)?)(?!\\p{L})"
            + "|\\bhace (?:\\d+|una?) (?:segundos?|minutos?|min|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)\\b"
            + "|\\bil y a (?:\\d+|une?) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)\\b"
            + "|\\bhá (?:\\d+|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|meses|anos?)\\b"
            + "|\\b\\d+ (?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|tygodni(?:e)?|miesięcy|lat[a]?) temu\\b");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Words that introduce or accompany a date, and the names of weekdays. Lower case. */
    private static final Set<String> DATE_WORDS = Set.of(
            // en
            "posted", "published", "updated", "last", "modified", "on", "at", "date", "release", "created",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "cst", "est", "ist",
            "gmt", "utc", "cet", "cest", "article", "artikel", "artículo", "vom", "first", "today", "yesterday",
            "originally", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "et", "pt", "ct", "edt", "pdt", "pst",
            "cdt", "bst", "mez", "mesz", "heute", "gestern", "hoy", "ayer", "hier", "aujourd", "hui", "dzisiaj", "wczoraj",
            // de
            "aktualisiert", "veröffentlicht", "veröffentlichung", "erstellt", "stand", "datum", "publiziert",
            "zuletzt", "geändert", "erschienen", "am", "um", "uhr", "montag", "dienstag", "mittwoch", "donnerstag",
            "freitag", "samstag", "sonntag",
            // es, pt
            "publicado", "actualizado", "el", "a", "las", "los", "de", "del", "hs", "lunes", "martes", "miércoles",
            "jueves", "viernes", "sábado", "domingo", "postado", "atualizado", "em", "às",
            // fr
            "publié", "le", "mis", "à", "jour", "créé", "modifié", "lundi", "mardi", "mercredi", "vendredi",
            "samedi", "dimanche", "h",
            // pl
            "opublikowano", "zaktualizowano", "dnia", "o");

    /** A date line is short. */
    private static final int LONGEST = 80;
    /** At most this many date lines are taken from each end. */
    private static final int AT_EACH_END = 2;

    private Datelines() {
    }

    static void removeAtEdges(Element content) {
        // the article's own header box marks its date as one: that line is metadata wherever it stands there
        for (Element time : content.select("header time")) {
            Element line = time;
            while (line.parent() != null && line.parent() != content && !line.parent().is("header")
                    && line.parent().text().strip().equals(time.text().strip())) {
                line = line.parent();
            }
            if (time.parent() != null && line.text().strip().equals(time.text().strip()) && dateline(line.text())) {
                BoilerplateBlocks.removeWithEmptyParents(line, content);
            }
        }
        removeEdgeLines(content, Datelines::dateline);
    }

    /** Removes up to {@link #AT_EACH_END} lines at each end of {@code content} while {@code is} holds for them. */
    private static void removeEdgeLines(Element content, java.util.function.Predicate<String> is) {
        for (boolean first : new boolean[] {true, false}) {
            for (int i = 0; i < AT_EACH_END; i++) {
                Element line = edgeLine(content, first);
                if (line == null || !is.test(spacedText(line))) {
                    break;
                }
                BoilerplateBlocks.removeWithEmptyParents(line, content);
            }
        }
    }

    /**
     * Removes the byline set as a line at the very start or end of the article's box: the name of an author the
     * page's metadata already gives, with a date or a word that introduces a name and nothing else ("04.02.2022 |
     * 13:10 Uhr | Uta Helkenberg", "von Tilman Weber", "Por Gloria Ruiz Kuilan"), or the name alone over the
     * article. A name alone at the end (a letter's signature) and a name the metadata does not give (a translator's
     * credit) stay. A byline over the article that names the metadata's authors and co-authors beside them ("By Jane
     * Doe and John Roe") leaves too, and its names are returned: they are the article's authors. Else none.
     */
    /**
     * What the byline over the article adds to the metadata's authors: co-authors, or the organisation of the one
     * author it names.
     */
    record BylineFound(List<String> coAuthors, String affiliated, String affiliation) {
        static final BylineFound NOTHING = new BylineFound(List.of(), null, null);
    }

    static BylineFound removeBylinesAtEdges(Element content, List<String> authors) {
        Set<String> nameWords = new java.util.HashSet<>();
        for (String author : authors) {
            WORD.matcher(author).results().map(w -> w.group().toLowerCase(Locale.ROOT))
                    .filter(w -> w.length() > 1 && (!BYLINE_WORDS.contains(w) || EDITORS.contains(w))).forEach(nameWords::add);
        }
        if (nameWords.isEmpty()) {
            return BylineFound.NOTHING;
        }
        List<String> coAuthored = List.of();
        String affiliation = null;
        removeEdgeLines(content, text -> bylineLine(text, nameWords, false));
        // at the start, the byline may also stand below a standfirst or a picture's credit: the lines before the
        // first paragraph of prose are looked at
        int looked = 0;
        for (Element line : content.select(LINES)) {
            if (looked == LINES_BEFORE_PROSE) {
                break;
            }
            if (line.text().isBlank() || !BlockText.attached(line) || line.select(LINES).size() > 1) {
                continue; // a box of lines is judged by its lines
            }
            String text = spacedText(line);
            if (text.length() >= PROSE && !line.is("h1, h2, h3, h4, h5, h6")) {
                break; // a long heading over the byline is the standfirst set large, not the text begun
            }
            looked++;
            // over the article, the author's name alone is its byline; at its end, it would be a signature
            if (BoilerplateBlocks.insideKept(line)) {
                continue;
            }
            List<String> all = coAuthored.isEmpty() ? Bylines.coAuthors(text, authors) : List.of();
            String organisation = affiliation == null ? Bylines.affiliation(text, authors) : null;
            if (!all.isEmpty()) {
                // the byline names co-authors the metadata leaves out: they join the authors, and the line leaves
                coAuthored = all;
                removeBylineWithItsDate(line, content);
            } else if (organisation != null) {
                affiliation = organisation;
                removeBylineWithItsDate(line, content);
            } else if (bylineLine(text, nameWords, true) || REVIEWED_BY.matcher(text).matches()) {
                removeBylineWithItsDate(line, content);
            }
        }
        return new BylineFound(coAuthored, affiliation == null ? null : authors.get(0), affiliation);
    }

    /**
     * The byline leaves, and the date line set right before or after it, which dates the byline ("02. Februar 2022"
     * over "Von: Jane Doe"); a date set as a heading may open a chronology, and stays.
     */
    private static void removeBylineWithItsDate(Element byline, Element content) {
        for (Element beside : new Element[] {byline.previousElementSibling(), byline.nextElementSibling()}) {
            if (beside != null && beside.is("p, div, time, span") && beside.select(LINES).size() <= 1
                    && dateline(spacedText(beside))) {
                BoilerplateBlocks.removeWithEmptyParents(beside, content);
            }
        }
        BoilerplateBlocks.removeWithEmptyParents(byline, content);
    }

    /** The blocks that make a line of text. */
    private static final String LINES = "p, div, li, h1, h2, h3, h4, h5, h6, dd, dt, address";
    /** How many lines may stand before the article's first paragraph of prose. */
    private static final int LINES_BEFORE_PROSE = 6;
    /** A paragraph of prose: the article's text has begun. */
    private static final int PROSE = 150;

    /** The text of {@code e} with a space between its parts: two {@code <time>}s set side by side stay two dates. */
    private static String spacedText(Element e) {
        StringBuilder b = new StringBuilder();
        e.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                b.append(t.text()).append(' ');
            }
        });
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** The newsroom's signature, lower case: "red." (Redaktion, redakcja), "Redacción". */
    private static final Set<String> EDITORS = Set.of("red", "redaktion", "redakcja", "redacción", "redação", "rédaction");

    /** Words that introduce an author's name or join two, lower case. */
    private static final Set<String> BYLINE_WORDS = Set.of("by", "von", "por", "par", "de", "di", "przez", "door",
            "author", "authors", "autor", "autorin", "autoren", "auteur", "autore", "written", "geschrieben", "story",
            "words", "interview",
            "verfasst", "text", "texto", "escrito", "red", "redaktion", "redacción", "redakcja", "and", "und", "et",
            "y", "e", "i",
            // the author's role beside the name: "Jane Doe, Staff Writer"
            "reporter", "reporterin", "staff", "writer", "correspondent", "editor", "contributor", "columnist",
            "senior", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "corresponsal", "periodista",
            "redactor", "redactora", "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante",
            "giornalista", "dziennikarz", "dziennikarka");

    private static boolean bylineLine(String text, Set<String> nameWords, boolean nameAlone) {
        Undated line = undated(text);
        if (line == null || DIGIT.matcher(line.rest()).find()) {
            return false;
        }
        // the author's handle beside the name: "Jane Doe @janedoe"
        String rest = HANDLE.matcher(line.rest()).replaceAll(" ");
        boolean named = false;
        boolean introduced = false;
        for (String w : WORD.matcher(rest).results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList()) {
            if (nameWords.contains(w) || EDITORS.contains(w) && line.dated()) {
                // the newsroom signs as itself: "red. 27.04.2021 14:51"
                named = true;
            } else if (BYLINE_WORDS.contains(w)) {
                introduced = true;
            } else if (!DATE_WORDS.contains(w)) {
                return false;
            }
        }
        return named && (line.dated() || introduced || nameAlone);
    }

    /**
     * The site's note over a health or fact-checked article of who reviewed it: "Medically reviewed by John Roe, MD",
     * "Fact checked by John Roe". The reviewer is not the article's author; the line is the site's metadata.
     */
    private static final Pattern REVIEWED_BY;

    static {
        // a name: capitalised words, a title before it and degrees after it ("Dr. Ana Lima, MD")
        String name = "(?:Dr\\.? |Prof\\.? )?\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}.'-]*){1,3}(?:,? (?:\\p{Lu}[\\p{L}.]{1,7}))*";
        REVIEWED_BY = Pattern.compile("(?u)(?:(?:[Mm]edically|[Cc]linically|[Ee]xpert|[Ll]egally) )?(?:[Rr]eviewed"
                + "|[Ff]act[- ][Cc]hecked|[Vv]erified) by:? " + name + "|(?:[Mm]edizinisch |[Ff]achlich )?[Gg]eprüft von:? "
                + name + "|[Rr]evisado por:? " + name);
    }
    /** A social network's handle in a line: "@janedoe". */
    static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@\\w+");
    /** The comments' count in the line of metadata: "Jane Doe | March 3, 2021 | 3 comments". */
    private static final Pattern COMMENT_COUNT = Pattern.compile("(?iu)\\b\\d+\\s*(?:" + WidgetLabels.COMMENT_WORDS + ")\\b");

    /** A short line's words once its dates and times are out, and whether one of those had a day, year or time. */
    private record Undated(String rest, boolean dated) {
    }

    /** {@code text} without its dates and times; null when it is empty or too long to be a line of metadata. */
    private static Undated undated(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > LONGEST) {
            return null;
        }
        // the reading time set beside the date is metadata like it
        t = WidgetLabels.READING_TIME_IN_LINE.matcher(t).replaceAll(" ");
        t = COMMENT_COUNT.matcher(t).replaceAll(" ");
        Matcher relative = RELATIVE_TIME.matcher(t);
        boolean dated = relative.find();
        if (dated) {
            t = relative.replaceAll(" ");
        }
        Matcher date = DATE_OR_TIME.matcher(t);
        StringBuilder rest = new StringBuilder();
        while (date.find()) {
            dated |= DIGIT.matcher(date.group()).find();
            date.appendReplacement(rest, " ");
        }
        date.appendTail(rest);
        return new Undated(rest.toString(), dated);
    }

    /** Whether {@code text} says nothing but a date or time. */
    static boolean dateline(String text) {
        Undated line = undated(text);
        if (line == null || !line.dated()) {
            return false; // no date with a day, a year or a time in it
        }
        String rest = line.rest();
        if (DIGIT.matcher(rest).find()) {
            return false; // numbers that are no part of a date: "Nr. 25 vom 20. Oktober 2021"
        }
        return WORD.matcher(rest).results()
                .allMatch(w -> DATE_WORDS.contains(w.group().toLowerCase(Locale.ROOT)));
    }

    /** The block that holds the first (or last) words of the content, when it is a line of its own. */
    static Element edgeLine(Element content, boolean first) {
        List<Element> all = content.select("*");
        Element found = null;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(first ? i : all.size() - 1 - i);
            if (e != content && !e.ownText().isBlank()) {
                found = e;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        while (BlockText.inline(found) && found.parent() != null && found.parent() != content
                && !betweenBlocks(found)) {
            found = found.parent();
        }
        return BoilerplateBlocks.insideKept(found) ? null : found;
    }

    /**
     * Whether the inline {@code e} stands between blocks with no text beside it ("&lt;time&gt;" after the last
     * paragraph of an article box): a line of its own, where its parent is the whole box.
     */
    private static boolean betweenBlocks(Element e) {
        Element parent = e.parent();
        return parent.ownText().isBlank() && parent.children().size() > 1
                && parent.children().stream().allMatch(c -> c == e || !BlockText.inline(c));
    }

    /** Month names and their abbreviations in the languages of the pages read (lower case). */
    static String monthNames() {
        return "jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avril|may|mai"
                + "|jun(?:e|i)?|juin|jul(?:y|i)?|juillet|aug(?:ust)?|août|sep(?:tember|t|tembre)?|oct(?:ober|obre)?"
                + "|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?"
                + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
                + "|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
                + "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada"
                + "|grudnia";
    }
}
