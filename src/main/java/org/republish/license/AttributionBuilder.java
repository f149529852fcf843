package org.republish.license;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.republish.model.ArticleMeta;
import org.republish.model.Attribution;
import org.republish.model.Attribution.Span;
import org.republish.model.Author;
import org.republish.model.License;
import org.republish.model.Notice;

/**
 * Writes the attribution notice for an article: the source profile's wording
 * when the profile has one, else the Creative Commons "TASL" credit (Title,
 * Author, Source, Licence): "“Title” by Author, Institution, first published
 * in Source, is licensed under CC BY 4.0."
 *
 * <p>When the article has been changed, a "Changes:" sentence follows, as the
 * licences ask, except under a no-derivatives licence, where the words may not
 * change and a changes note would suggest they had. Stateless.
 */
public final class AttributionBuilder {

    static final String RULE = "license.attribution";

    /** Said when {@code modified} is true and no description of the changes is given. */
    public static final String DEFAULT_CHANGES = "the layout and formatting were adapted for this edition.";

    /** The notice and anything the editor should know about it. */
    public record Result(Attribution attribution, List<Notice> notices) {
        public Result {
            notices = List.copyOf(notices);
        }
    }

    private AttributionBuilder() {
    }

    public static Result build(ArticleMeta meta, SourceProfile profile, boolean modified) {
        return build(meta, profile, modified ? DEFAULT_CHANGES : null);
    }

    /**
     * @param profile the matched source profile, or null
     * @param changes what was changed, written after "Changes: ", or null when nothing was
     */
    public static Result build(ArticleMeta meta, SourceProfile profile, String changes) {
        List<Notice> notices = new ArrayList<>();
        String sourceName = meta.source() != null ? meta.source().name() : profile != null ? profile.name() : null;
        String home = profile != null && profile.home() != null ? profile.home()
                : meta.source() != null ? meta.source().homeUrl() : null;
        String original = blankToNull(meta.originalUrl());
        License license = meta.license();

        List<Span> spans = new ArrayList<>();
        if (profile != null && profile.attribution() != null) {
            AttributionTemplate template = profile.attribution();
            String linkTarget = original;
            if (original == null && template.uses("originalUrl")) {
                linkTarget = home;
                notices.add(Notice.warning(RULE, home == null
                        ? "original URL missing and the profile has no home page; the link was left out"
                        : "original URL missing; linked the home page"));
            }
            Map<String, String> values = new HashMap<>();
            values.put("title", meta.title());
            values.put("authors", authorNames(meta.authors()));
            values.put("source", sourceName);
            values.put("home", home);
            values.put("originalUrl", linkTarget);
            values.put("license", license == null ? "licence not identified" : license.shortName());
            values.put("licenseUrl", license == null ? null : license.url());
            values.put("published", meta.published());
            values.put("id", meta.articleId());
            spans.addAll(template.render(values).spans());
        } else {
            tasl(meta, sourceName, home, original, license, spans, notices);
        }
        if (license == null) {
            notices.add(Notice.warning(RULE, "the licence is not known; the notice cannot name it"));
        }
        if (changes != null && !changes.isBlank() && (license == null || !license.noDerivatives())) {
            spans.add(Span.text(" Changes: " + changes.strip()));
        }
        return new Result(new Attribution(merge(spans)), notices);
    }

    private static void tasl(ArticleMeta meta, String sourceName, String home, String original, License license,
            List<Span> spans, List<Notice> notices) {
        String title = blankToNull(meta.title());
        if (title == null) {
            spans.add(Span.text("This article"));
        } else if (original != null) {
            spans.add(Span.link("“" + title + "”", original));
        } else {
            spans.add(Span.text("“" + title + "”"));
        }
        if (!meta.authors().isEmpty()) {
            spans.add(Span.text(" by " + authorCredits(meta.authors())));
        }
        if (sourceName != null) {
            spans.add(Span.text(", first published in "));
            // The source links to the article itself when known, else to its home page.
            String target = original != null ? original : home;
            spans.add(target == null ? Span.text(sourceName) : Span.link(sourceName, target));
            spans.add(Span.text(","));
        }
        if (original == null) {
            notices.add(Notice.warning(RULE, home != null && sourceName != null
                    ? "original URL missing; linked the home page"
                    : "original URL missing and no home page known; the notice has no link to the original"));
        }
        if (license == null) {
            spans.add(Span.text(" is published under a licence not yet identified."));
        } else if (license.spdxId().startsWith("CC0")) {
            spans.add(Span.text(" is dedicated to the public domain under "));
            spans.add(Span.link(license.shortName(), license.url()));
            spans.add(Span.text("."));
        } else {
            spans.add(Span.text(" is licensed under "));
            spans.add(Span.link(license.shortName(), license.url()));
            spans.add(Span.text("."));
        }
    }

    /** "A", "A and B", "A, B and C". */
    static String authorNames(List<Author> authors) {
        return joinAnd(authors.stream().map(Author::name).toList());
    }

    /** One author with an affiliation reads "Name, Institution"; several read "Name (Institution), ...". */
    private static String authorCredits(List<Author> authors) {
        if (authors.size() == 1) {
            return authors.get(0).credit();
        }
        return joinAnd(authors.stream().map(a -> a.affiliation() == null || a.affiliation().isBlank()
                ? a.name() : a.name() + " (" + a.affiliation() + ")").toList());
    }

    private static String joinAnd(List<String> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Adjacent plain-text spans joined, so writers see "text, link, text" and not fragments. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            if (s.href() == null && !out.isEmpty() && out.get(out.size() - 1).href() == null) {
                Span prev = out.remove(out.size() - 1);
                out.add(Span.text(prev.text() + s.text()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
