package org.republish.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;
import org.republish.model.Publication;

/**
 * The republisher's "P.S." block after the article (a heading "P.S.", often
 * after a rule) becomes metadata: the source line ("The Conversation. Publié:
 * 8 mars 2023, 14:39 CET.") gives the source and the first publication
 * date-time; the licence sentence ("This article is republished from ... under
 * a Creative Commons license.") is kept as the notice's licence evidence for
 * the licence stage, with its source and original URL; a credit line
 * ("Name, University") and the author's biography ("Name. I research ...")
 * go to the author; appeals for donations are dropped.
 *
 * <p>A block in the P.S. that matches none of these stays in the body, with
 * the P.S. heading, and a warning names it: unknown text is never dropped.
 */
public final class ExtractPostscript extends RemovingTransform {

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?iu)(?<source>[^.]{2,80}?)\\.\\s*(?:publié|publie|published|publicado|pubblicato|veröffentlicht|"
                    + "originally published|first published)(?:\\s+(?:le|on|am|el|il))?\\s*:?\\s*(?<date>.+)");
    private static final Pattern LICENCE = Pattern.compile(
            "(?iu)creative\\s+commons|\\brepublished from\\b|\\brepubli[ée] (?:depuis|à partir)|\\bsous licence\\b|\\blicen[cs]ed? under\\b");
    private static final Pattern REPUBLISHED_FROM = Pattern.compile(
            "(?iu)\\brepublished from\\s+(?<source>.+?)\\s+under\\b");

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        int start = WrapperPatterns.postscriptStart(body);
        if (start < 0) {
            return new TransformResult(article, List.of());
        }
        List<Element> blocks = new ArrayList<>(body.children().subList(start, body.children().size()));
        ArticleMeta meta = article.meta();
        List<Notice> warnings = new ArrayList<>();
        BlockRemover remover = new BlockRemover(name());
        List<Element> unknown = new ArrayList<>();
        List<String> bio = new ArrayList<>();
        String bioAuthor = null;
        List<String> found = new ArrayList<>();

        for (Element block : blocks) {
            String text = WrapperPatterns.withoutBullet(block.text());
            boolean bulleted = !text.equals(block.text().strip());
            if (block.normalName().equals("hr") || WrapperPatterns.isPostscriptHeading(block)) {
                remover.mark(block, "P.S. heading");
                continue;
            }
            Matcher source = SOURCE_LINE.matcher(text);
            Optional<String> date = source.matches() ? DateParsing.parse(source.group("date")) : Optional.empty();
            if (date.isPresent()) {
                meta = withPublished(meta, date.get(), warnings);
                if (meta.source() == null) {
                    meta = meta.toBuilder().source(new Publication(source.group("source").strip(), null)).build();
                }
                remover.mark(block, "source and date line");
                found.add("source line");
                continue;
            }
            if (LICENCE.matcher(text).find() && Words.of(text).size() <= 80) {
                meta = withLicenceSentence(meta, block, text);
                remover.mark(block, "licence sentence");
                found.add("licence sentence");
                continue;
            }
            if (WrapperPatterns.isAppeal(block)) {
                remover.mark(block, "appeal");
                found.add("appeal");
                continue;
            }
            Author credit = creditLine(text, meta);
            if (credit != null) {
                meta = merge(meta, credit, "the P.S. credit line", warnings);
                remover.mark(block, "author credit line");
                found.add("credit line");
                continue;
            }
            String[] bioStart = bioStart(text, meta);
            if (bioStart != null) {
                bioAuthor = bioStart[0];
                bio.add(bioStart[1]);
                remover.mark(block, "author biography");
                found.add("biography");
                continue;
            }
            if (bioAuthor != null && !bulleted && block.normalName().equals("p") && unknown.isEmpty()) {
                bio.add(text);
                remover.mark(block, "author biography");
                continue;
            }
            unknown.add(block);
        }
        if (bioAuthor != null) {
            meta = merge(meta, new Author(bioAuthor, null, null, String.join("\n\n", bio)), "the P.S. biography", warnings);
        }
        if (remover.isEmpty() || found.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        if (!unknown.isEmpty()) {
            // keep the P.S. heading with what it still introduces
            for (Element b : blocks) {
                if (b.normalName().equals("hr") || WrapperPatterns.isPostscriptHeading(b)) {
                    remover.unmark(b);
                }
            }
            warnings.add(Notice.warning(name(), "The P.S. block after the article holds text that is not a known part "
                    + "of a republisher's wrapper; it was kept: \"" + ProseText.example(unknown.get(0).text()) + "\"."));
        }
        List<Removal> removals = remover.removeFrom(body);
        Article out = article.withBody(body).withMeta(meta)
                .withNotice(Notice.change(name(), "moved the republisher's P.S. block into the metadata ("
                        + String.join(", ", found.stream().distinct().toList()) + ")", removals.size(),
                        ProseText.example(removals.stream().map(Removal::text)
                                .filter(t -> !t.isBlank()).findFirst().orElse(""))))
                .withNotices(warnings);
        return new TransformResult(out, removals);
    }

    private static ArticleMeta withPublished(ArticleMeta meta, String iso, List<Notice> warnings) {
        String known = meta.published();
        if (known == null) {
            return meta.toBuilder().published(iso).build();
        }
        if (DateParsing.day(known).equals(DateParsing.day(iso))) {
            return iso.length() > known.length() ? meta.toBuilder().published(iso).build() : meta;
        }
        warnings.add(Notice.warning("ExtractPostscript", "The P.S. block dates the original " + iso
                + " but the article was already dated " + known + "; the earlier date was kept. Check the date."));
        return meta;
    }

    private static ArticleMeta withLicenceSentence(ArticleMeta meta, Element block, String text) {
        List<String> licenceLinks = block.select("a[href]").eachAttr("href").stream()
                .filter(LicenseEvidence::licenceHost).toList();
        ArticleMeta.Builder b = meta.toBuilder().evidence(LicenseEvidence.of(LicenseEvidence.Place.NOTICE, text,
                licenceLinks));
        Matcher from = REPUBLISHED_FROM.matcher(text);
        if (meta.source() == null && from.find()) {
            b.source(new Publication(from.group("source").strip(), null));
        }
        if (meta.originalUrl() == null) {
            for (Element a : block.select("a[href]")) {
                String href = a.attr("href").strip();
                if (a.text().toLowerCase(java.util.Locale.ROOT).contains("original") && href.matches("(?i)https?://.+")) {
                    b.originalUrl(href);
                    break;
                }
            }
        }
        return b.build();
    }

    /** "Name, Affiliation" naming a credited author, or null. */
    private static Author creditLine(String text, ArticleMeta meta) {
        List<String> parts = Arrays.stream(text.split("\\s*,\\s*")).map(String::strip).toList();
        if (parts.size() < 2 || parts.size() > 4 || Words.of(text).size() > 25
                || !PersonNames.looksLikeName(parts.get(0)) || AuthorCredits.find(meta, parts.get(0)) < 0) {
            return null;
        }
        return new Author(parts.get(0), parts.get(parts.size() - 1), null, null);
    }

    /** For a paragraph opening with a credited author's name ("Name. I research ..."): the name and the rest. */
    private static String[] bioStart(String text, ArticleMeta meta) {
        String[] tokens = text.split("\\s+");
        for (int k = Math.min(5, tokens.length - 1); k >= 2; k--) {
            String last = tokens[k - 1];
            boolean closes = last.endsWith(",") || (last.endsWith(".") && !last.matches("\\p{Lu}\\."))
                    || tokens[k].matches("is|est|was|a|an");
            String name = String.join(" ", Arrays.copyOfRange(tokens, 0, k)).replaceAll("[.,]$", "");
            if (closes && PersonNames.looksLikeName(name) && AuthorCredits.find(meta, name) >= 0) {
                String rest = String.join(" ", Arrays.copyOfRange(tokens, k, tokens.length));
                boolean keepName = tokens[k].matches("is|est|was|a|an");
                return new String[] {name, keepName ? text : rest};
            }
        }
        return null;
    }

    private ArticleMeta merge(ArticleMeta meta, Author incoming, String where, List<Notice> warnings) {
        Optional<AuthorCredits.Merge> m = AuthorCredits.merge(meta, incoming, name(), where);
        if (m.isEmpty()) {
            return meta;
        }
        m.get().warning().ifPresent(warnings::add);
        return m.get().meta();
    }
}
