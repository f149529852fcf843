package org.republish.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;

/**
 * manifest.json: where an article came from (input name and SHA-256), what
 * is known about it, what was written (sizes and SHA-256) and everything the
 * pipeline had to say about it. Deterministic: the same input gives the same
 * manifest.
 */
public final class ManifestWriter {

    public static final String FILE_NAME = "manifest.json";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public byte[] write(Article article, String inputName, String inputSha256, String slug, List<OutputFile> outputs) {
        ObjectNode root = json.createObjectNode();
        ObjectNode input = root.putObject("input");
        input.put("name", inputName);
        input.put("sha256", inputSha256);
        root.put("slug", slug);
        root.set("article", metadata(article.meta()));
        ArrayNode files = root.putArray("outputs");
        for (OutputFile f : outputs) {
            files.addObject().put("file", f.fileName()).put("format", f.format())
                    .put("bytes", f.bytes().length).put("sha256", f.sha256());
        }
        ArrayNode changes = root.putArray("changes");
        ArrayNode warnings = root.putArray("warnings");
        for (Notice n : article.notices()) {
            ObjectNode item = (n.level() == Notice.Level.WARNING ? warnings : changes).addObject();
            item.put("rule", n.rule()).put("message", n.message());
            if (n.level() != Notice.Level.WARNING) {
                item.put("count", n.count());
            }
            if (n.example() != null) {
                item.put("example", n.example());
            }
        }
        try {
            return json.writeValueAsString(root).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private ObjectNode metadata(ArticleMeta m) {
        ObjectNode node = json.createObjectNode();
        node.put("title", m.title());
        putIfPresent(node, "standfirst", m.standfirst());
        ArrayNode authors = node.putArray("authors");
        for (Author a : m.authors()) {
            ObjectNode an = authors.addObject().put("name", a.name());
            putIfPresent(an, "affiliation", a.affiliation());
            putIfPresent(an, "role", a.role());
            putIfPresent(an, "bio", a.bio());
        }
        putIfPresent(node, "lang", m.lang());
        putIfPresent(node, "published", m.published());
        putIfPresent(node, "republished", m.republished());
        putIfPresent(node, "description", m.description());
        if (m.source() != null) {
            ObjectNode s = node.putObject("source").put("name", m.source().name());
            putIfPresent(s, "url", m.source().homeUrl());
        }
        putIfPresent(node, "originalUrl", m.originalUrl());
        if (m.license() != null) {
            ObjectNode l = node.putObject("license").put("id", m.license().spdxId());
            putIfPresent(l, "name", m.license().shortName());
            putIfPresent(l, "url", m.license().url());
            putIfPresent(l, "decision", m.licenseReason());
            ArrayNode evidence = l.putArray("evidence");
            for (LicenseEvidence e : m.licenseEvidence()) {
                ObjectNode item = evidence.addObject().put("place", e.place().name().toLowerCase(Locale.ROOT))
                        .put("where", e.place().description()).put("text", e.text());
                if (!e.links().isEmpty()) {
                    ArrayNode links = item.putArray("links");
                    e.links().forEach(links::add);
                }
                putIfPresent(item, "reading", e.reading());
                putIfPresent(item, "verdict", e.verdict());
            }
        }
        if (m.attribution() != null) {
            node.put("attribution", m.attribution().plainText());
        }
        putIfPresent(node, "articleId", m.articleId());
        if (!m.tags().isEmpty()) {
            ArrayNode tags = node.putArray("tags");
            m.tags().forEach(tags::add);
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
