package org.republish.write;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The article's ISO 8601 date strings read the way EPUB metadata needs them.
 * Sources give a date ("2023-03-08"), a date-time with offset, or something
 * unreadable; the last is treated as unknown rather than guessed at.
 */
final class EpubDates {

    /** dcterms:modified must have exactly this shape: UTC, whole seconds, "Z". */
    static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * dcterms:modified and the zip entry times when the article has no usable
     * date: a fixed, evidently placeholder moment, so output stays repeatable.
     */
    static final Instant NO_DATE = Instant.parse("2000-01-01T00:00:00Z");

    private EpubDates() {
    }

    /** The moment an ISO date or date-time names; a bare date means its midnight UTC. */
    static Optional<Instant> instantOf(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String value = iso.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the less precise forms below
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocalDateTime) {
            // try a bare date
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    /** The value for dc:date in W3C date-time form, or empty when the date cannot be read. */
    static Optional<String> w3cDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String value = iso.strip();
        try {
            return Optional.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException notDate) {
            // a date-time, perhaps
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException notOffset) {
            // without an offset the time of day is ambiguous: keep the day only
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toLocalDate().toString());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The default dcterms:modified: the latest date the article carries (its
     * republication, else its first publication), else {@link #NO_DATE}. It
     * depends on the input alone, so the same article always gives the same bytes.
     */
    static Instant modifiedOf(String published, String republished) {
        Optional<Instant> first = instantOf(published);
        Optional<Instant> again = instantOf(republished);
        if (first.isEmpty() && again.isEmpty()) {
            return NO_DATE;
        }
        Instant latest = first.orElse(Instant.MIN);
        if (again.isPresent() && again.get().isAfter(latest)) {
            latest = again.get();
        }
        return latest.truncatedTo(ChronoUnit.SECONDS);
    }
}
