package org.republish.license;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>The notice is written in the article's language: the source's own
 * wording when its profile has it in that language, else the TASL credit in
 * that language ({@link Phrases}).
 *
 * <p>When the article has been changed, a "Changes:" sentence follows, as the
 * licences ask, except under a no-derivatives licence, where the words may not
 * change and a changes note would suggest they had. Stateless.
 */
public final class AttributionBuilder {

    static final String RULE = "license.attribution";

    /** Said in English when {@code modified} is true and no description of the changes is given. */
    public static final String DEFAULT_CHANGES = Phrases.of("en").defaultChanges();

    /** The notice and anything the editor should know about it. */
    public record Result(Attribution attribution, List<Notice> notices) {
        public Result {
            notices = List.copyOf(notices);
        }
    }

    private AttributionBuilder() {
    }

    public static Result build(ArticleMeta meta, SourceProfile profile, boolean modified) {
        return build(meta, profile, modified ? Phrases.of(meta.langOrDefault()).defaultChanges() : null);
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
        Optional<AttributionTemplate> sourceWording = profile == null ? Optional.empty()
                : profile.attribution(meta.langOrDefault());
        Phrases words = Phrases.of(meta.langOrDefault());
        if (sourceWording.isPresent()) {
            AttributionTemplate template = sourceWording.get();
            String linkTarget = original;
            if (original == null && template.uses("originalUrl")) {
                linkTarget = home;
                notices.add(Notice.warning(RULE, home == null
                        ? "original URL missing and the profile has no home page; the link was left out"
                        : "original URL missing; linked the home page"));
            }
            Map<String, String> values = new HashMap<>();
            values.put("title", meta.title());
            values.put("authors", authorNames(meta.authors(), words));
            values.put("source", sourceName);
            values.put("home", home);
            values.put("originalUrl", linkTarget);
            values.put("license", license == null ? "licence not identified" : license.shortName());
            values.put("licenseUrl", license == null ? null : license.url());
            values.put("published", meta.published());
            values.put("id", meta.articleId());
            spans.addAll(template.render(values).spans());
            if (license != null && !template.uses("license") && !template.uses("licenseUrl")) {
                // every notice names the licence, whatever the source's own wording says
                spans.add(Span.text(" " + words.licenceLabel() + " "));
                spans.add(Span.link(license.shortName(), license.url()));
                spans.add(Span.text("."));
            }
        } else {
            tasl(meta, sourceName, home, original, license, spans, notices, words);
        }
        if (license == null) {
            notices.add(Notice.warning(RULE, "the licence is not known; the notice cannot name it"));
        }
        if (changes != null && !changes.isBlank() && (license == null || !license.noDerivatives())) {
            spans.add(Span.text(" " + words.changes() + " " + changes.strip()));
        }
        return new Result(new Attribution(merge(spans)), notices);
    }

    private static void tasl(ArticleMeta meta, String sourceName, String home, String original, License license,
            List<Span> spans, List<Notice> notices, Phrases words) {
        String title = blankToNull(meta.title());
        if (title == null) {
            spans.add(Span.text(words.thisArticle()));
        } else if (original != null) {
            spans.add(Span.link(words.quoted(title), original));
        } else {
            spans.add(Span.text(words.quoted(title)));
        }
        if (!meta.authors().isEmpty()) {
            spans.add(Span.text(" " + words.by() + " " + authorCredits(meta.authors(), words)));
        }
        if (sourceName != null) {
            spans.add(Span.text(", " + words.firstPublishedIn() + " "));
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
            spans.add(Span.text(" " + words.licenceUnknown()));
        } else if (license.spdxId().startsWith("CC0")) {
            spans.add(Span.text(" " + words.publicDomain() + " "));
            spans.add(Span.link(license.shortName(), license.url()));
            spans.add(Span.text("."));
        } else {
            spans.add(Span.text(" " + words.licensedUnder() + " "));
            spans.add(Span.link(license.shortName(), license.url()));
            spans.add(Span.text("."));
        }
    }

    /** "A", "A and B", "A, B and C", in the notice's language. */
    private static String authorNames(List<Author> authors, Phrases words) {
        return joinAnd(authors.stream().map(Author::name).toList(), words);
    }

    /** One author with an affiliation reads "Name, Institution"; several read "Name (Institution), ...". */
    private static String authorCredits(List<Author> authors, Phrases words) {
        if (authors.size() == 1) {
            return authors.get(0).credit();
        }
        return joinAnd(authors.stream().map(a -> a.affiliation() == null || a.affiliation().isBlank()
                ? a.name() : a.name() + " (" + a.affiliation() + ")").toList(), words);
    }

    private static String joinAnd(List<String> parts, Phrases words) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + words.and() + " "
                + parts.get(parts.size() - 1);
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
