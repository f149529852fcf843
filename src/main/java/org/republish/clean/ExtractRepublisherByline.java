package org.republish.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.Notice;

/**
 * The republisher's byline line at the top of the body, e.g. "Tuesday 21 March
 * 2023, by ALEN Michael A. (Date first published: 8 March 2023).", becomes
 * metadata: the republication date, the first publication date and an author
 * candidate (in reading order; the raw form is kept in the extra
 * {@value AuthorCredits#BYLINE_KEY} so a later sign-off can correct it).
 *
 * <p>Only one of the first two blocks qualifies, and only when nothing is left
 * of it once its dates, its "by NAME" clause and a few linking words are
 * taken away: a sentence that merely mentions a date is never a byline.
 */
public final class ExtractRepublisherByline extends RemovingTransform {

    private static final Pattern BY = Pattern.compile(
            "(?iu)\\b(?:by|par|von|por)\\s+(?-i)(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|van|von|de|der|da|di|du|le|la))+)");
    private static final Pattern FIRST_PUBLISHED = Pattern.compile(
            "(?iu)\\b(?:date\\s+)?(?:first|originally)\\s+published(?:\\s+on)?\\s*:?\\s*$|\\bpubli[ée]\\s+(?:pour la premi[èe]re fois|initialement)(?:\\s+le)?\\s*:?\\s*$"
                    + "|\\bdate\\s+de\\s+premi[èe]re\\s+publication\\s*:?\\s*$|\\bfecha\\s+de\\s+(?:la\\s+)?primera\\s+publicaci[óo]n\\s*:?\\s*$"
                    + "|\\bpublicad[oa]\\s+originalmente(?:\\s+(?:el|em))?\\s*:?\\s*$|\\bdata\\s+da\\s+primeira\\s+publica[çc][ãa]o\\s*:?\\s*$"
                    + "|\\b(?:erstver[öo]ffentlichung|zuerst\\s+ver[öo]ffentlicht)(?:\\s+am)?\\s*:?\\s*$");
    private static final Set<String> FILLER = Set.of("by", "par", "on", "le", "the", "date", "first", "originally",
            "published", "publié", "publie", "updated", "posted", "pour", "la", "première", "premiere", "fois",
            "initialement", "and", "et", "de", "publication", "fecha", "primera", "publicación", "publicado",
            "originalmente", "por", "el", "del", "y", "data", "da", "primeira", "publicação", "em", "von", "am",
            "erstveröffentlichung", "zuerst", "veröffentlicht", "und");

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        List<Element> blocks = body.children();
        for (int i = 0; i < Math.min(4, blocks.size()); i++) {
            Element block = blocks.get(i);
            if (!block.normalName().matches("p|div")) {
                continue;
            }
            List<Author> credited = writtenBy(block.text(), article.meta());
            if (!credited.isEmpty()) {
                return credits(article, body, block, credited);
            }
            if (i >= 2) {
                continue;
            }
            Byline byline = parse(block.text());
            if (byline == null) {
                continue;
            }
            ArticleMeta.Builder meta = article.meta().toBuilder();
            ArticleMeta m = article.meta();
            if (byline.firstPublished != null) {
                if (m.published() == null) {
                    meta.published(byline.firstPublished);
                }
                if (m.republished() == null && byline.date != null) {
                    meta.republished(byline.date);
                }
            } else if (m.published() == null && byline.date != null) {
                meta.published(byline.date);
            }
            if (byline.author != null) {
                meta.extra(AuthorCredits.BYLINE_KEY, byline.author);
                if (m.authors().isEmpty()) {
                    meta.authors(List.of(Author.named(PersonNames.readingOrder(byline.author))));
                }
            }
            BlockRemover remover = new BlockRemover(name());
            remover.mark(block, "republisher's byline");
            List<Removal> removals = remover.removeFrom(body);
            Article out = article.withBody(body).withMeta(meta.build()).withNotice(Notice.change(name(),
                    "moved the republisher's byline (dates, author) into the metadata", 1,
                    ProseText.example(block.text())));
            return new TransformResult(out, removals);
        }
        return new TransformResult(article, List.of());
    }

    /** "Article written by: A, Utrecht University and B, Universitat Pompeu Fabra", "By Jane Doe and John Roe". */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?iu)^\\s*(?:(?:this\\s+)?(?:article|story|text|post|essay|piece)\\s+)?(?:written\\s+)?"
                    + "(?:by|von|par|por|oleh|door)\\s*:?\\s+(?<credits>.+)$");

    /** The authors a "written by" line credits, or none when the line is anything more. */
    static List<Author> writtenBy(String text, ArticleMeta meta) {
        Matcher m = WRITTEN_BY.matcher(text.strip());
        if (!m.matches() || Words.of(text).size() > 40) {
            return List.of();
        }
        String credits = m.group("credits").strip().replaceFirst("[.;]$", "");
        List<Author> withAffiliations = ExtractAuthorSignOff.parseAll(credits, ArticleMeta.empty());
        if (!withAffiliations.isEmpty()) {
            return withAffiliations;
        }
        List<Author> names = new ArrayList<>();
        for (String part : credits.split("\\s*(?:,|;|\\s(?:and|&|und|et|y|e|dan)\\s)\\s*")) {
            if (!PersonNames.looksLikeName(part.strip())) {
                return List.of();
            }
            names.add(Author.named(part.strip()));
        }
        return names;
    }

    private TransformResult credits(Article article, Element body, Element block, List<Author> credited) {
        ArticleMeta meta = article.meta();
        Optional<AuthorCredits.Merge> merged = credited.size() == 1
                ? AuthorCredits.merge(meta, credited.get(0), name(), "the byline")
                : AuthorCredits.mergeAll(meta, credited, name(), "the byline");
        if (merged.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        BlockRemover remover = new BlockRemover(name());
        remover.mark(block, "byline");
        List<Removal> removals = remover.removeFrom(body);
        Article out = article.withBody(body).withMeta(merged.get().meta()).withNotice(Notice.change(name(),
                "moved the byline into the author credit", 1, ProseText.example(block.text())));
        return new TransformResult(merged.get().warning().map(out::withNotice).orElse(out), removals);
    }

    /** What a byline line says. */
    record Byline(String date, String firstPublished, String author) {
    }

    /** The byline a line states, or null when the line is anything more than a byline. */
    static Byline parse(String text) {
        if (Words.of(text).size() > 40) {
            return null;
        }
        List<DateParsing.Found> dates = DateParsing.findAll(text);
        if (dates.isEmpty()) {
            return null;
        }
        String date = null;
        String firstPublished = null;
        for (DateParsing.Found d : dates) {
            if (FIRST_PUBLISHED.matcher(text.substring(0, d.start())).find() && firstPublished == null) {
                firstPublished = d.iso();
            } else if (date == null) {
                date = d.iso();
            }
        }
        StringBuilder rest = new StringBuilder(text);
        for (int k = dates.size() - 1; k >= 0; k--) {
            rest.replace(dates.get(k).start(), dates.get(k).end(), " ");
        }
        String author = null;
        Matcher by = BY.matcher(rest);
        if (by.find()) {
            author = by.group("name").strip().replaceAll("[,;:]$", "");
            rest.replace(by.start("name"), by.end("name"), " ");
        }
        if (author == null && firstPublished == null) {
            return null;
        }
        List<String> left = new ArrayList<>();
        for (String w : Words.of(rest.toString())) {
            if (!FILLER.contains(w.toLowerCase(Locale.ROOT))) {
                left.add(w);
            }
        }
        return left.isEmpty() ? new Byline(date, firstPublished, author) : null;
    }
}
