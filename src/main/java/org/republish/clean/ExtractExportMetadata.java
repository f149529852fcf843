package org.republish.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.Notice;

/**
 * What a read-later or note-taking tool writes around an article it saved
 * (Obsidian, Readwise, Omnivore, Pocket exports): "Author: [[Jane Doe]]",
 * "URL: https://...", "Tags: [[ai]]", "Date saved: ...", a "Metadata"
 * heading over them, "Show tags" and "View highlights" buttons saved as text.
 * The author, address and tags go to the metadata where it has none; the
 * lines leave the body. Only blocks at the head or foot of the body, and only
 * when every line of the block is such a field.
 */
public final class ExtractExportMetadata extends RemovingTransform {

    private static final Pattern FIELD = Pattern.compile(
            "(?iu)(?<key>authors?|full\\s+title|title|source|url|link|original\\s+url|tags?|category|categories"
                    + "|date(?:\\s+(?:saved|published|read|clipped|added))?|saved(?:\\s+on)?|published|clipped|created"
                    + "|highlights|read(?:\\s+time)?|document\\s+tags)\\s*::?\\s*");

    private static final Pattern BUTTON = Pattern.compile(
            "(?iu)\\s*(?:show|hide)\\s+(?:tags|more|less|highlights)|view\\s+(?:highlights|all\\s+highlights|original)"
                    + "|open\\s+in\\s+(?:omnivore|readwise|pocket|obsidian)\\s*");

    private static final Pattern HEADING = Pattern.compile("(?iu)\\s*(?:metadata|properties|document\\s+info)\\s*:?\\s*");

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|[^\\]]*)?\\]\\]");

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        List<Element> blocks = body.children();
        ArticleMeta meta = article.meta();
        BlockRemover remover = new BlockRemover(name());
        String example = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (i >= 6 && i < blocks.size() - 4) {
                continue;
            }
            Element b = blocks.get(i);
            String text = b.text().strip();
            boolean heading = b.normalName().matches("h[1-6]") && HEADING.matcher(text).matches()
                    && i + 1 < blocks.size() && fields(blocks.get(i + 1).text()) != null;
            List<String[]> fields = b.normalName().matches("p|ul|ol|div") ? fields(text) : null;
            if (!heading && fields == null && !BUTTON.matcher(text).matches()) {
                continue;
            }
            if (fields != null) {
                meta = apply(meta, fields);
            }
            remover.mark(b, heading ? "export metadata heading" : "export metadata");
            example = example == null ? text : example;
        }
        if (remover.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        List<Removal> removals = remover.removeFrom(body);
        return new TransformResult(article.withBody(body).withMeta(meta).withNotice(Notice.change(name(),
                "moved the fields a read-later tool saved with the article (author, address, tags) into the metadata",
                removals.size(), ProseText.example(example))), removals);
    }

    /** The block as "key: value" fields, or null when any of its text is something else. */
    static List<String[]> fields(String text) {
        Matcher m = FIELD.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            boolean lineStart = m.start() == 0 || text.substring(0, m.start()).matches("(?s).*(?:\\s|^|[-•*])\\s*$");
            if (lineStart) {
                starts.add(new int[] {m.start(), m.end()});
            }
        }
        if (starts.isEmpty() || starts.get(0)[0] != 0 && !text.substring(0, starts.get(0)[0]).matches("[\\s\\-•*]*")) {
            return null;
        }
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            String key = text.substring(starts.get(k)[0], starts.get(k)[1]).replaceAll("[:\\s]+$", "")
                    .toLowerCase(Locale.ROOT);
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
            String value = BUTTON.matcher(text.substring(starts.get(k)[1], end)).replaceAll(" ").strip()
                    .replaceAll("[\\s\\-•*]+$", "");
            if (value.length() > 300) {
                return null; // a sentence of the article that happens to open with "Source:"
            }
            out.add(new String[] {key, value});
        }
        boolean known = out.stream().anyMatch(f -> f[1].contains("[[") || f[0].startsWith("url")
                || f[0].startsWith("author") || f[0].startsWith("tag"));
        return out.size() >= 2 && known ? out : null;
    }

    private static ArticleMeta apply(ArticleMeta meta, List<String[]> fields) {
        ArticleMeta.Builder b = meta.toBuilder();
        for (String[] f : fields) {
            String key = f[0];
            String value = f[1];
            List<String> linked = new ArrayList<>();
            Matcher w = WIKI_LINK.matcher(value);
            while (w.find()) {
                linked.add(w.group(1).strip());
            }
            if (key.startsWith("author") && meta.authors().isEmpty()) {
                List<String> names = linked.isEmpty() ? List.of(value.split("\\s*(?:,|;| and )\\s*")) : linked;
                b.authors(names.stream().filter(n -> !n.isBlank()).map(Author::named).toList());
            } else if (key.matches("url|link|original url|source") && meta.originalUrl() == null
                    && value.matches("(?i)https?://\\S+")) {
                b.originalUrl(value);
            } else if (key.matches("tags?|document tags|categor(?:y|ies)") && meta.tags().isEmpty()) {
                List<String> tags = linked.isEmpty() ? List.of(value.replace("#", "").split("[,\\s]+")) : linked;
                b.tags(tags.stream().filter(t -> !t.isBlank()).toList());
            }
        }
        return b.build();
    }
}
