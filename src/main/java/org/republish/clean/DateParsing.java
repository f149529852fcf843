package org.republish.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as articles write them, in English and French, turned into ISO 8601:
 * "Tuesday 21 March 2023" and "March 8, 2023" give "2023-03-21" and
 * "2023-03-08"; "8 mars 2023, 14:39 CET" gives "2023-03-08T14:39:00+01:00".
 * A time without a known zone gives a local date-time ("2023-03-08T14:39:00").
 */
public final class DateParsing {

    /** A date found in a text, with where it stands. */
    public record Found(int start, int end, String iso) {
        public boolean hasTime() {
            return iso.contains("T");
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("janvier", 1), Map.entry("janv", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("fév", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mars", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juin", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juillet", 7), Map.entry("juil", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("août", 8), Map.entry("aout", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octobre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("déc", 12));

    /** Zone abbreviations news sites print, at their fixed offsets. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UTC", "+00:00"), Map.entry("GMT", "+00:00"), Map.entry("Z", "+00:00"),
            Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("BST", "+01:00"),
            Map.entry("WET", "+00:00"), Map.entry("WEST", "+01:00"), Map.entry("EET", "+02:00"),
            Map.entry("EEST", "+03:00"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
            Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"),
            Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"), Map.entry("NZST", "+12:00"),
            Map.entry("NZDT", "+13:00"));

    private static final String MONTH = "(?<month>[\\p{L}]{3,9})\\.?";
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\.?,?\\s+)?";
    private static final String TIME = "(?:\\s*(?:,|à|at|-|–)?\\s*(?<hour>\\d{1,2})\\s*[:h]\\s*(?<minute>\\d{2})"
            + "(?:\\s*(?<ampm>[ap]\\.?m\\.?))?(?:\\s*(?<zone>[A-Z]{1,4}(?![\\p{L}])|[+-]\\d{2}:?\\d{2}))?)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])(?<year>\\d{4})-(?<mon>\\d{2})-(?<day>\\d{2})(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
                    + "(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + WEEKDAY + "(?:le\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th|er)?\\s+" + MONTH
                    + ",?\\s+(?<year>\\d{4})(?!\\d)" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)" + TIME);

    private DateParsing() {
    }

    /** The date the whole text states (surrounding spaces and a final full stop allowed), in ISO 8601. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("[.\\s]+$", "");
        return findAll(t).stream().filter(f -> f.start() == 0 && f.end() == t.length()).map(Found::iso).findFirst();
    }

    /** Every date in a text, in order; overlapping candidates resolve to the longest. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        collect(ISO.matcher(text), true, found);
        collect(DAY_MONTH_YEAR.matcher(text), false, found);
        collect(MONTH_DAY_YEAR.matcher(text), false, found);
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static void collect(Matcher m, boolean numericMonth, List<Found> out) {
        while (m.find()) {
            Integer month = numericMonth ? Integer.valueOf(m.group("mon"))
                    : MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
            if (month == null) {
                continue;
            }
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
                String iso = date.toString();
                int end = m.end();
                if (m.group("hour") != null) {
                    int hour = Integer.parseInt(m.group("hour"));
                    String ampm = numericMonth ? null : m.group("ampm");
                    if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("p") && hour < 12) {
                        hour += 12;
                    } else if (ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("a") && hour == 12) {
                        hour = 0;
                    }
                    LocalDateTime at = date.atTime(hour, Integer.parseInt(m.group("minute")));
                    iso = at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                    String zone = m.group("zone");
                    if (zone != null) {
                        String offset = ZONES.get(zone.toUpperCase(Locale.ROOT));
                        if (offset == null && zone.matches("[+-]\\d{2}:?\\d{2}")) {
                            offset = ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone).getId();
                        }
                        if (offset != null) {
                            iso += "+00:00".equals(offset) && "Z".equals(zone) ? "Z" : offset;
                        } else {
                            end = m.start("zone");
                        }
                    }
                }
                int trimmedEnd = end;
                while (trimmedEnd > m.start() && Character.isWhitespace(m.group().charAt(trimmedEnd - m.start() - 1))) {
                    trimmedEnd--;
                }
                out.add(new Found(m.start(), trimmedEnd, iso));
            } catch (DateTimeException | NumberFormatException e) {
                // "31 February" and the like are not dates
            }
        }
    }

    /** The calendar day of an ISO date or date-time: "2023-03-08". */
    public static String day(String iso) {
        return iso == null || iso.length() < 10 ? iso : iso.substring(0, 10);
    }
}
