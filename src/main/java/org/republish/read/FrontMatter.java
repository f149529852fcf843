package org.republish.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.Publication;
import org.republish.model.PublishException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML metadata at the top of a Markdown file, between "---" lines, parsed
 * with a real YAML parser and mapped onto {@link ArticleMeta}. Also used for
 * sidecar files, which hold the same keys.
 */
public final class FrontMatter {

    private static final Pattern BLOCK = Pattern.compile(
            "\\A\\s*---[ \\t]*\\R(.*?)\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);

    /** The YAML block's values and the text after it. */
    public record Split(Map<String, Object> values, String body) {
    }

    private FrontMatter() {
    }

    public static Split split(String text, String fileName) throws PublishException {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return new Split(Map.of(), text);
        }
        Map<String, Object> values = parseYaml(m.group(1), fileName + " (front matter)");
        return new Split(values, text.substring(m.end()));
    }

    /** Parses a YAML mapping; anything else is an error naming the file and the line. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseYaml(String yaml, String what) throws PublishException {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(2 * 1024 * 1024)
                .build();
        Object loaded;
        try {
            loaded = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new PublishException("The metadata in " + what + " is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse("parse error")
                    + ". Fix the YAML (quote values that contain a colon) and drop the file again.");
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map)) {
            throw new PublishException("The metadata in " + what + " must be a list of 'key: value' lines, "
                    + "but it is a " + (loaded instanceof List ? "list" : "single value") + ".");
        }
        return (Map<String, Object>) loaded;
    }

    /** Sets on {@code meta} every field the values name; unknown keys are kept as extras. */
    public static ArticleMeta.Builder apply(Map<String, Object> values, ArticleMeta.Builder meta) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().toLowerCase(Locale.ROOT).replace('-', '_');
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            switch (key) {
                case "title" -> meta.title(text(v));
                case "subtitle", "standfirst", "lead", "deck" -> meta.standfirst(text(v));
                case "author", "authors", "creator", "creators" -> meta.authors(authors(v));
                case "date", "published", "date_published", "publishdate", "pubdate" -> meta.published(text(v));
                case "republished", "date_republished" -> meta.republished(text(v));
                case "lang", "language" -> meta.lang(text(v));
                case "description", "summary", "excerpt" -> meta.description(text(v));
                case "source", "publication", "publisher" -> meta.source(publication(v));
                case "url", "original_url", "canonical", "canonical_url", "source_url", "link" -> meta.originalUrl(text(v));
                case "tags", "keywords", "categories" -> meta.tags(strings(v));
                case "id", "article_id" -> meta.articleId(text(v));
                default -> meta.extra(key, flat(v));
            }
        }
        return meta;
    }

    private static String text(Object v) {
        return String.valueOf(v).strip();
    }

    private static String flat(Object v) {
        if (v instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }

    private static List<String> strings(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().filter(x -> x != null).map(x -> String.valueOf(x).strip()).toList();
        }
        List<String> out = new ArrayList<>();
        for (String part : String.valueOf(v).split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<Author> authors(Object v) {
        List<Author> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            for (Object item : c) {
                Author a = author(item);
                if (a != null) {
                    out.add(a);
                }
            }
        } else {
            Author a = author(v);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static Author author(Object item) {
        if (item instanceof Map<?, ?> m) {
            Object name = m.get("name");
            if (name == null) {
                return null;
            }
            Author a = Author.named(text(name));
            Object aff = first(m, "affiliation", "institution", "organization", "organisation");
            Object role = first(m, "role", "title", "position");
            Object bio = first(m, "bio", "biography", "about");
            return new Author(a.name(), aff == null ? null : text(aff), role == null ? null : text(role),
                    bio == null ? null : text(bio));
        }
        return item == null || text(item).isEmpty() ? null : Author.named(text(item));
    }

    private static Object first(Map<?, ?> m, String... keys) {
        for (String k : keys) {
            if (m.get(k) != null) {
                return m.get(k);
            }
        }
        return null;
    }

    private static Publication publication(Object v) {
        if (v instanceof Map<?, ?> m) {
            Object name = m.get("name");
            Object url = first(m, "url", "home", "homepage");
            return name == null ? null : new Publication(text(name), url == null ? null : text(url));
        }
        return new Publication(text(v), null);
    }
}
