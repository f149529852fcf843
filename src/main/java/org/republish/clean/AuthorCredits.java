package org.republish.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.Notice;

/**
 * Merges what a sign-off, a credit line or a biography says about an author
 * into the credited authors. The author's own form of the name wins over a
 * name that only came from the republisher's byline (kept in the extra
 * {@value #BYLINE_KEY}); a name from the article's own metadata is kept. When
 * the forms disagree, a warning says so.
 */
final class AuthorCredits {

    /** Extra key holding the author name exactly as the republisher's byline printed it. */
    static final String BYLINE_KEY = "bylineAuthor";

    /** The updated metadata, and a warning when two name forms disagreed. */
    record Merge(ArticleMeta meta, Optional<Notice> warning) {
    }

    private AuthorCredits() {
    }

    /** The index of the credited author who is the same person as {@code name}, or -1. */
    static int find(ArticleMeta meta, String name) {
        for (int i = 0; i < meta.authors().size(); i++) {
            if (PersonNames.samePerson(meta.authors().get(i).name(), name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds what {@code incoming} says to the matching author (or credits it when
     * no author is known yet). Empty when the article credits other people.
     */
    static Optional<Merge> merge(ArticleMeta meta, Author incoming, String rule, String where) {
        List<Author> authors = new ArrayList<>(meta.authors().stream().filter(a -> !isPlaceholder(a)).toList());
        meta = meta.toBuilder().authors(authors).build();
        int i = find(meta, incoming.name());
        if (i < 0) {
            if (!authors.isEmpty()) {
                return Optional.empty();
            }
            authors.add(incoming);
            return Optional.of(new Merge(meta.toBuilder().authors(authors).build(), Optional.empty()));
        }
        Author known = authors.get(i);
        String name = known.name();
        Notice warning = null;
        if (!name.equals(incoming.name())) {
            String byline = meta.extra().get(BYLINE_KEY);
            boolean fromByline = byline != null && PersonNames.readingOrder(byline).equals(name);
            if (fromByline) {
                warning = Notice.warning(rule, "The republisher's byline names the author \"" + byline
                        + "\" but " + where + " says \"" + incoming.name() + "\"; the author's own form \""
                        + incoming.name() + "\" was used. Check the name.");
                name = incoming.name();
            } else if (!PersonNames.readingOrder(name).equalsIgnoreCase(incoming.name())) {
                warning = Notice.warning(rule, "The metadata names the author \"" + name + "\" but " + where
                        + " says \"" + incoming.name() + "\"; the metadata's form was kept. Check the name.");
            }
        }
        Author merged = new Author(name,
                first(incoming.affiliation(), known.affiliation()),
                first(incoming.role(), known.role()),
                first(incoming.bio(), known.bio()));
        authors.set(i, merged);
        return Optional.of(new Merge(meta.toBuilder().authors(authors).build(), Optional.ofNullable(warning)));
    }

    /**
     * The authors a sign-off credits replace the credited ones when they
     * include every one of them (a blog's front matter often names only the
     * author who posted the piece) or when those are only a placeholder
     * ("admin"); each keeps what the metadata said of it. Empty otherwise.
     */
    static Optional<Merge> mergeAll(ArticleMeta meta, List<Author> credits, String rule, String where) {
        List<Author> known = meta.authors().stream().filter(a -> !isPlaceholder(a)).toList();
        for (Author k : known) {
            if (credits.stream().noneMatch(c -> PersonNames.samePerson(c.name(), k.name()))) {
                return Optional.empty();
            }
        }
        List<Author> merged = new ArrayList<>();
        for (Author c : credits) {
            Author k = known.stream().filter(a -> PersonNames.samePerson(a.name(), c.name())).findFirst().orElse(null);
            merged.add(k == null ? c : new Author(k.name(), first(c.affiliation(), k.affiliation()),
                    first(c.role(), k.role()), first(c.bio(), k.bio())));
        }
        return Optional.of(new Merge(meta.toBuilder().authors(merged).build(), Optional.empty()));
    }

    /** A login rather than a person: "admin", "editor", "staff", a single lower-case word. */
    static boolean isPlaceholder(Author a) {
        String n = a.name().strip();
        return n.isEmpty() || n.matches("(?i)admin(?:istrator)?|editor(?:s|ial)?|staff|guest|author|webmaster|redaktion"
                + "|rédaction|redacción|team|user") || n.matches("\\p{Ll}[\\p{Ll}\\d_.-]*");
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
