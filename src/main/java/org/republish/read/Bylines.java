package org.republish.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Author names out of a credit line as pages write it: "By Jane Doe and John Roe", "Jane Doe, John Roe". */
final class Bylines {

    /** "By", "Written by", "von", "Geschrieben von" (pages glue it to a linked name: "vonElisa"), "par", "por"... */
    private static final Pattern LEADING_BY = Pattern.compile(
            "^(?i:(?:written|posted|geschrieben|verfasst|publi[ée]e?|escrito|publicado|scritto)\\s*)?"
                    + "(?:(?i:by|von|par|por|di|oleh|door|av|af)[:\\s]\\s*|(?i:by|von|par|por)(?=\\p{Lu}))"
                    + "|^(?i:author|autor|autorin|auteur|autore|text)\\s*:\\s*");

    /** A date after the name: "Laura E. Adkins December 28, 2016", "Jane Doe | 3 May 2021", "Jane Doe on 2021-05-03". */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "(?i)\\s*(?:[|•·,–—-]\\s*|\\s+on\\s+|\\s+am\\s+|\\s+le\\s+)?(?:(?:\\d{1,2}\\.?\\s+)?"
                    + "(?:" + Datelines.monthNames() + ")[a-zé]*\\.?"
                    + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}).*$");
    private static final Pattern JOINERS = Pattern.compile("\\s+(?:and|&|und|et|y|e)\\s+|\\s*;\\s*");
    /** A person's name: two to five words, each starting with a capital (particles like "van", "de" allowed). */
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'\u2019-]*(\\s+(\\p{Lu}[\\p{L}.'\u2019-]*|van|von|de|der|den|da|di|du|la|le|bin|al|el|y)){1,4}$");

    /** Words that make a comma-separated part a job title rather than a second name. */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(editor|correspondent|reporter|writer|staff|contributor|columnist|professor|director|producer"
                    + "|analyst|critic|fellow|lecturer|researcher|news|health|desk|agency)\\b");

    private Bylines() {
    }

    /**
     * The authors a byline over the article names when it names every author the metadata gives and others beside
     * them ("By Jane Doe and John Roe" where the metadata gives only Jane Doe); else none. Each must read as a
     * person's name, the line must open with "By" or its like, and a word must join the names: after a comma alone
     * stands the author's organisation ("By Jane Doe, Associated Press", see {@link #affiliation}).
     */
    static List<String> coAuthors(String line, List<String> known) {
        String normal = PageTitle.normalize(line);
        if (known.isEmpty() || !LEADING_BY.matcher(normal).find() || !JOINERS.matcher(normal).find()) {
            return List.of();
        }
        List<String> named = names(line);
        boolean people = named.stream().allMatch(n -> NAME.matcher(n).matches() && !ROLE.matcher(n).find());
        boolean allKnown = known.stream().allMatch(k -> named.stream().anyMatch(n -> n.equalsIgnoreCase(k.strip())));
        return people && allKnown && named.size() > known.size() ? named : List.of();
    }

    /**
     * The organisation the one author writes for, when the byline over the article gives it after her name: "Jane
     * Doe, Associated Press", "By Jane Doe | Reuters". A role after the name ("Jane Doe, Health Reporter") is not an
     * organisation. Null when there is none.
     */
    static String affiliation(String line, List<String> known) {
        if (known.size() != 1) {
            return null;
        }
        String rest = LEADING_BY.matcher(PageTitle.normalize(line)).replaceFirst("").strip();
        String name = known.get(0).strip();
        if (!rest.regionMatches(true, 0, name, 0, name.length())) {
            return null;
        }
        java.util.regex.Matcher m = AFFILIATION.matcher(rest.substring(name.length()));
        return m.matches() && !PERSON_ROLE.matcher(m.group(1)).find() ? m.group(1).strip() : null;
    }

    /** After the name: a comma or bar, then an organisation's name of capitalised words. */
    private static final Pattern AFFILIATION = Pattern.compile("\\s*[,|–—]\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}"
            + "[\\p{L}.'’-]*|of|the|for|de|del|la|le|des|für)){0,5})\\s*");
    /** What a person is rather than where: "Staff Writer", "Health Reporter", "News Desk". */
    private static final Pattern PERSON_ROLE = Pattern.compile("(?i)\\b(editor|correspondent|reporter|writer|staff"
            + "|contributor|columnist|professor|director|producer|analyst|critic|fellow|lecturer|researcher|desk"
            + "|redakteur\\w*|korrespondent\\w*|periodista|redactor\\w*|journaliste|rédact\\w*)\\b");

    static List<String> names(String byline) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        String line = LEADING_BY.matcher(PageTitle.normalize(byline)).replaceFirst("").strip();
        line = TRAILING_DATE.matcher(line).replaceFirst("").strip();
        line = line.replaceAll("\\(?(?:https?://|www\\.)\\S+\\)?", " ").replaceAll("\\s+", " ").strip();
        List<String> names = new ArrayList<>();
        for (String part : JOINERS.split(line)) {
            String[] commaParts = part.split("\\s*,\\s*");
            boolean allNames = commaParts.length > 1;
            for (String c : commaParts) {
                allNames &= NAME.matcher(c.strip()).matches() && !ROLE.matcher(c).find();
            }
            if (allNames) {
                for (String c : commaParts) {
                    names.add(c.strip());
                }
            } else if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }
}
