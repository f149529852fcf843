package org.republish.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;

/**
 * The article's own headline, not the republisher's: a prefix the
 * republisher put before it ("Re-Posted from the Conversation: ...",
 * "[Repost] ...") is cut; when the copy is a republication (a notice was
 * read) and a level-1 heading opens the body under a title of the
 * republisher's own ("The Conversation article on our CHIIR 2021 paper"),
 * that heading is the headline; and a copy with no title at all takes it from
 * the original's address, spelled as the article's text spells its words
 * ("why-openais-solution-to-ai-hallucinations" gives "Why OpenAI's solution to
 * AI hallucinations").
 */
public final class SettleRepublishedTitle extends RemovingTransform {

    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:\\[(?:re-?post(?:ed)?|republished|reprint(?:ed)?|cross-?post(?:ed)?)\\]\\s*"
                    + "|(?:re-?post(?:ed)?|re-?published|reprint(?:ed)?|cross-?post(?:ed)?)\\b[^:]{0,60}?:\\s+)");

    /** Rule name of the reader's warning that the file name stood in for a missing title. */
    private static final String NO_TITLE_RULE = "read.title";

    @Override
    public TransformResult applyTracked(Article article) {
        ArticleMeta meta = article.meta();
        String title = meta.title() == null ? "" : meta.title().strip();
        Matcher prefix = PREFIX.matcher(title);
        if (prefix.find() && Words.of(title.substring(prefix.end())).size() >= 3) {
            String headline = title.substring(prefix.end()).strip();
            return changed(article, meta.toBuilder().title(headline).extra("republisherTitle", title).build(),
                    "cut the republisher's prefix from the title", title + " -> " + headline, List.of(), article.body());
        }
        boolean republished = meta.licenseEvidence().stream().anyMatch(e -> e.place() == LicenseEvidence.Place.NOTICE);
        Element body = article.bodyCopy();
        Element h1 = republished ? openingHeading(body) : null;
        if (h1 != null && !h1.text().strip().equalsIgnoreCase(title)) {
            String headline = h1.text().strip();
            BlockRemover remover = new BlockRemover(name());
            remover.mark(h1, "the article's headline");
            List<Removal> removals = remover.removeFrom(body);
            return changed(article, meta.toBuilder().title(headline).extra("republisherTitle", title).build(),
                    "took the article's own headline from the body; the republisher's title was its own",
                    title + " -> " + headline, removals, body);
        }
        boolean untitled = article.notices().stream().anyMatch(n -> n.rule().equals(NO_TITLE_RULE));
        if (untitled && meta.originalUrl() != null) {
            String fromAddress = fromSlug(meta.originalUrl(), article.body().text());
            if (fromAddress != null) {
                return changed(article, meta.toBuilder().title(fromAddress).build(),
                        "took the title from the original article's address, as the text spells its words",
                        meta.originalUrl() + " -> " + fromAddress, List.of(), article.body());
            }
        }
        return new TransformResult(article, List.of());
    }

    private TransformResult changed(Article article, ArticleMeta meta, String message, String example,
            List<Removal> removals, Element body) {
        return new TransformResult(article.withBody(body).withMeta(meta)
                .withNotice(Notice.change(name(), message, 1, ProseText.example(example))), removals);
    }

    /** A lone level-1 heading among the first blocks of the body. */
    private static Element openingHeading(Element body) {
        List<Element> h1s = body.select("h1");
        if (h1s.size() != 1) {
            return null;
        }
        List<Element> blocks = body.children();
        for (int i = 0; i < Math.min(4, blocks.size()); i++) {
            if (blocks.get(i) == h1s.get(0)) {
                return h1s.get(0);
            }
        }
        return null;
    }

    /** "why-openais-solution-to-ai-hallucinations-265107" as "Why OpenAI's solution to AI hallucinations". */
    static String fromSlug(String url, String text) {
        String path;
        try {
            path = new URI(url.strip()).getPath();
        } catch (Exception notAUrl) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String slug = path.replaceAll("/+$", "");
        slug = slug.substring(slug.lastIndexOf('/') + 1).replaceFirst("\\.[a-z]{2,5}$", "")
                .replaceFirst("-\\d{3,}$", "");
        String[] tokens = slug.split("[-_]+");
        if (tokens.length < 3 || !slug.matches("[a-z0-9_-]+")) {
            return null;
        }
        // how the text spells each word: acronyms and apostrophes ("OpenAI's", "ChatGPT", "AI"), and
        // proper nouns (capitalised wherever they stand, including mid-sentence)
        Map<String, String> special = new HashMap<>();
        Map<String, String> capitalised = new HashMap<>();
        Map<String, Boolean> everLower = new HashMap<>();
        String previous = ".";
        for (String raw : text.split("\\s+")) {
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            String key = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            if (!key.isEmpty()) {
                long capitals = w.chars().filter(Character::isUpperCase).count();
                if (capitals >= 2 || w.contains("'") || w.contains("’")) {
                    special.putIfAbsent(key, w);
                } else if (capitals == 0) {
                    everLower.put(key, true);
                } else if (!previous.matches(".*[.!?:]$")) {
                    capitalised.putIfAbsent(key, w);
                }
            }
            previous = raw;
        }
        List<String> words = new ArrayList<>();
        for (String t : tokens) {
            String spelled = special.get(t);
            if (spelled == null && !everLower.containsKey(t)) {
                spelled = capitalised.get(t);
            }
            words.add(spelled == null ? t : spelled);
        }
        String title = String.join(" ", words);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
