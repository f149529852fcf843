package org.republish.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;

/**
 * Machine-readable attribution in an HTML page's head: the licence link,
 * Open Graph and {@code article:} tags, and a schema.org NewsArticle in
 * JSON-LD naming the author, the original publication and the licence.
 */
final class HtmlMetadata {

    private final ObjectMapper json = new ObjectMapper();

    void addTo(Document doc, ArticleMeta meta) {
        Element head = doc.head();
        if (meta.license() != null && meta.license().url() != null) {
            head.appendElement("link").attr("rel", "license").attr("href", meta.license().url());
            for (Element a : doc.select("footer.attribution a[href]")) {
                if (a.attr("href").equals(meta.license().url())) {
                    a.attr("rel", "license");
                }
            }
        }
        if (meta.originalUrl() != null) {
            head.appendElement("link").attr("rel", "canonical").attr("href", meta.originalUrl());
        }
        property(head, "og:type", "article");
        property(head, "og:title", ArticleXhtml.titleOf(meta));
        property(head, "og:description", ArticleXhtml.summaryOf(meta));
        property(head, "og:locale", meta.langOrDefault().replace('-', '_'));
        if (meta.source() != null) {
            property(head, "og:site_name", meta.source().name());
        }
        property(head, "article:published_time", meta.published());
        for (Author a : meta.authors()) {
            property(head, "article:author", a.name());
        }
        for (String tag : meta.tags()) {
            property(head, "article:tag", tag);
        }
        if (meta.counterUrl() != null) {
            // the one request a page may make: the source's counter, which its republishing terms ask for
            Element footer = doc.selectFirst("footer.attribution");
            (footer != null ? footer : doc.body()).appendElement("img").attr("src", meta.counterUrl())
                    .attr("alt", "").attr("width", "1").attr("height", "1").addClass("counter")
                    .attr("referrerpolicy", "no-referrer-when-downgrade");
        }
        head.appendElement("script").attr("type", "application/ld+json")
                .appendChild(new DataNode(jsonLd(meta)));
    }

    private static void property(Element head, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.appendElement("meta").attr("property", name).attr("content", content);
        }
    }

    /** A credit to a group, not a person: a wiki's "Wikipedia contributors", or the publishing organisation itself. */
    private static boolean group(Author a, ArticleMeta meta) {
        return CONTRIBUTORS.matcher(a.name()).find()
                || meta.source() != null && a.name().equalsIgnoreCase(meta.source().name());
    }

    private static final Pattern CONTRIBUTORS = Pattern.compile("(?i)\\scontributors$");

    String jsonLd(ArticleMeta meta) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "NewsArticle");
        root.put("headline", ArticleXhtml.titleOf(meta));
        putIfPresent(root, "description", ArticleXhtml.summaryOf(meta));
        root.put("inLanguage", meta.langOrDefault());
        ArrayNode authors = root.putArray("author");
        for (Author a : meta.authors()) {
            ObjectNode person = authors.addObject().put("@type", group(a, meta) ? "Organization" : "Person")
                    .put("name", a.name());
            putIfPresent(person, "jobTitle", a.role());
            if (a.affiliation() != null) {
                person.putObject("affiliation").put("@type", "Organization").put("name", a.affiliation());
            }
        }
        putIfPresent(root, "datePublished", meta.published());
        if (meta.source() != null) {
            ObjectNode org = root.putObject("sourceOrganization").put("@type", "Organization")
                    .put("name", meta.source().name());
            putIfPresent(org, "url", meta.source().homeUrl());
        }
        putIfPresent(root, "isBasedOn", meta.originalUrl());
        if (meta.license() != null) {
            putIfPresent(root, "license", meta.license().url() != null ? meta.license().url() : meta.license().spdxId());
        }
        if (meta.attribution() != null) {
            root.put("creditText", meta.attribution().plainText());
        }
        if (!meta.tags().isEmpty()) {
            root.put("keywords", String.join(", ", meta.tags()));
        }
        // "</" inside a script element would end it early
        return root.toString().replace("</", "<\\/");
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
