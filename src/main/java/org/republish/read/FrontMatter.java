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
import org.republish.model.LicenseEvidence;
import org.republish.model.Publication;
import org.republish.model.WebAddress;
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
        int depth = flowDepth(yaml);
        if (depth > MAX_FLOW_DEPTH) {
            throw new PublishException("The metadata in " + what + " nests brackets " + depth + " levels deep, more "
                    + "than the limit of " + MAX_FLOW_DEPTH + ". No article's metadata needs that: the file is probably "
                    + "damaged or machine-made. Fix the metadata and drop the file again.");
        }
        Object loaded;
        try {
            loaded = new Load(settings).loadFromString(yaml);
        } catch (StackOverflowError tooDeep) {
            throw new PublishException("The metadata in " + what + " is nested too deeply for the YAML parser. No "
                    + "article's metadata needs that: fix the metadata and drop the file again.");
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

    /** Deepest nesting of [ ] and { } the metadata may have; the YAML parser recurses on each level. */
    static final int MAX_FLOW_DEPTH = 64;

    /** How deeply [ ] and { } nest in the text, outside quotes, found in one pass. */
    static int flowDepth(String yaml) {
        int depth = 0;
        int deepest = 0;
        char quote = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == '\n') {
                quote = 0;
            }
        }
        return deepest;
    }

    /** Sets on {@code meta} every field the values name, as the article's own metadata. */
    public static ArticleMeta.Builder apply(Map<String, Object> values, ArticleMeta.Builder meta) {
        return apply(values, meta, LicenseEvidence.Place.METADATA);
    }

    /**
     * Sets on {@code meta} every field the values name; unknown keys are kept as
     * extras. A licence value is recorded as licence evidence from {@code place}
     * (the article's metadata, or the editor's sidecar), for the licence stage to
     * weigh. A nested block about the original ("syndicated:", "original:") gives
     * its licence, address, source and author where the top level has none.
     */
    public static ArticleMeta.Builder apply(Map<String, Object> values, ArticleMeta.Builder meta,
            LicenseEvidence.Place place) {
        ArticleMeta before = meta.build();
        boolean hasUrl = false;
        boolean hasSource = false;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = key(e.getKey());
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            switch (key) {
                case "title" -> meta.title(text(v));
                case "subtitle", "standfirst", "lead", "deck", "dek" -> meta.standfirst(text(v));
                case "author", "authors", "creator", "creators" -> meta.authors(authors(v));
                case "date", "published", "date_published", "publishdate", "pubdate" -> meta.published(text(v));
                case "republished", "date_republished" -> meta.republished(text(v));
                case "lang", "language" -> meta.lang(text(v));
                case "description", "summary", "excerpt" -> meta.description(text(v));
                case "source", "publication", "publisher", "source_name", "original_source" -> {
                    if (isUrl(v)) {
                        meta.originalUrl(text(v));
                        hasUrl = true;
                    } else {
                        Publication p = publication(v);
                        if (p != null) {
                            meta.source(p);
                            hasSource = true;
                        }
                    }
                }
                case "url", "original_url", "canonical", "canonical_url", "source_url", "link", "original",
                        "originalurl" -> {
                    if (!(v instanceof Map) && !(v instanceof Collection)) {
                        if (WebAddress.isWeb(text(v))) {
                            meta.originalUrl(text(v));
                            hasUrl = true;
                        } else {
                            meta.extra(REJECTED_ADDRESS, text(v));
                        }
                    }
                }
                case "tags", "keywords", "categories" -> meta.tags(strings(v));
                case "id", "article_id" -> meta.articleId(text(v));
                case "license", "licence", "license_url", "licence_url", "rights" ->
                        meta.evidence(LicenseEvidence.of(place, flat(v), List.of()));
                default -> meta.extra(key, flat(v));
            }
            if (v instanceof Map<?, ?> nested && !key.matches("license|licence|rights|copyright|source|publication"
                    + "|publisher")) {
                applyOriginal(nested, meta, place, before, hasUrl, hasSource);
            }
        }
        return meta;
    }

    /** A nested block about the original article: its licence always, the rest where the top level is silent. */
    private static void applyOriginal(Map<?, ?> nested, ArticleMeta.Builder meta, LicenseEvidence.Place place,
            ArticleMeta before, boolean hasUrl, boolean hasSource) {
        Object licence = null;
        Object licenceUrl = null;
        for (Map.Entry<?, ?> n : nested.entrySet()) {
            String k = key(n.getKey());
            if (k.matches("license|licence|rights")) {
                licence = n.getValue();
            } else if (k.matches("license_url|licence_url|license_link")) {
                licenceUrl = n.getValue();
            }
        }
        if (licence == null && licenceUrl == null) {
            return; // not about the original's licence: a theme's settings, an image's caption
        }
        meta.evidence(LicenseEvidence.of(place, licence == null ? flat(licenceUrl) : flat(licence),
                licenceUrl == null ? List.of() : List.of(text(licenceUrl))));
        ArticleMeta now = meta.build();
        for (Map.Entry<?, ?> n : nested.entrySet()) {
            String k = key(n.getKey());
            Object v = n.getValue();
            if (v == null || v instanceof Map || v instanceof Collection) {
                continue;
            }
            if (k.matches("url|original_url|canonical|link") && !hasUrl && before.originalUrl() == null
                    && now.originalUrl() == null && isUrl(v)) {
                meta.originalUrl(text(v));
            } else if (k.matches("source|publication|publisher") && !hasSource && now.source() == null && !isUrl(v)) {
                meta.source(new Publication(text(v), null));
            } else if (k.matches("author|authors|byline") && now.authors().isEmpty()) {
                meta.authors(authors(v));
            }
        }
    }

    private static String key(Object k) {
        return k == null ? "" : String.valueOf(k).toLowerCase(Locale.ROOT).replace('-', '_');
    }

    private static boolean isUrl(Object v) {
        return !(v instanceof Map) && !(v instanceof Collection) && WebAddress.isWeb(text(v));
    }

    /** Extra key holding an address given as the original's that is not a web address, for the warning. */
    static final String REJECTED_ADDRESS = "rejectedAddress";

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
        return item == null || text(item).isEmpty() ? null : credit(text(item));
    }

    /** A person's name with words of their own: 2 to 5 capitalised words, particles allowed. */
    private static final Pattern PERSON = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|van|von|de|der|den|da|di|du|del|la|le|y|bin|al)){1,4}");

    /**
     * "William Akoto, Assistant Professor of Global Security, American University" as the name, its
     * role and its affiliation; "Lisa Rowe, LCSW" as the name and a credential. A value that does not
     * open with a person's name ("Doe, Jane") is kept whole.
     */
    static Author credit(String value) {
        String[] parts = value.split("\\s*,\\s*");
        if (parts.length < 2 || !PERSON.matcher(parts[0]).matches()) {
            return Author.named(value);
        }
        if (parts.length == 2) {
            return new Author(parts[0], null, parts[1], null);
        }
        return new Author(parts[0], parts[parts.length - 1],
                String.join(", ", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1)), null);
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
        if (v instanceof Collection) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            Object name = m.get("name");
            Object url = first(m, "url", "home", "homepage");
            return name == null ? null : new Publication(text(name), url == null ? null : text(url));
        }
        return new Publication(text(v), null);
    }
}
