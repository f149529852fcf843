package org.republish.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in JSON-LD
 * ({@code <script type="application/ld+json">}): the first object whose
 * {@code @type} is an article or a posting, looked for in arrays and
 * {@code @graph}s. Broken JSON is skipped, never fatal.
 */
record JsonLdArticle(String headline, String name, List<String> authors, String datePublished,
        String description, String publisher, String url) {

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i)^(\\w*Article|Report|\\w*Posting|APIReference)$");
    /** A page whose main work is not an article but a recipe or a how-to credits its author the same way. */
    private static final Pattern OTHER_WORK_TYPE = Pattern.compile("(?i)^(Recipe|HowTo)$");
    /** schema.org's address, also as a web archive rewrote it in a saved copy ("https://web.archive.org/web/2020.../http://schema.org"). */
    private static final Pattern SCHEMA_ORG = Pattern.compile("(?i)^(?:https?://web\\.archive\\.org/web/\\d+\\w*/)?https?://schema\\.org/?$");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    static JsonLdArticle find(Document page) {
        JsonNode article = firstOfType(page, ARTICLE_TYPE);
        if (article == null) {
            article = firstOfType(page, OTHER_WORK_TYPE);
        }
        return article == null ? null : from(article);
    }

    /**
     * The first schema.org object in the page's JSON-LD whose {@code @type} (without its vocabulary prefix)
     * matches {@code type}, looked for in arrays and {@code @graph}s; null when there is none.
     */
    static JsonNode firstOfType(Document page, Pattern type) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            String text = script.data().strip()
                    .replaceFirst("^\\s*(//)?\\s*<!\\[CDATA\\[", "").replaceFirst("(//)?\\s*\\]\\]>\\s*$", "");
            JsonNode root;
            try {
                root = JSON.readTree(text);
            } catch (Exception notJson) {
                continue;
            }
            JsonNode found = ofTypeIn(root, type, false);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode ofTypeIn(JsonNode node, Pattern type, boolean contextKnown) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = ofTypeIn(n, type, contextKnown);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        boolean context = contextKnown || isSchemaOrg(node.get("@context"));
        if (!context) {
            return null;
        }
        if (isOfType(node.get("@type"), type)) {
            return node;
        }
        return ofTypeIn(node.get("@graph"), type, true);
    }

    private static boolean isSchemaOrg(JsonNode context) {
        if (context == null) {
            return false;
        }
        if (context.isTextual()) {
            return SCHEMA_ORG.matcher(context.asText()).matches();
        }
        if (context.isObject()) {
            JsonNode vocab = context.get("@vocab");
            return vocab != null && vocab.isTextual() && SCHEMA_ORG.matcher(vocab.asText()).matches();
        }
        if (context.isArray()) {
            for (JsonNode c : context) {
                if (isSchemaOrg(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOfType(JsonNode value, Pattern type) {
        if (value == null) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode t : value) {
                if (isOfType(t, type)) {
                    return true;
                }
            }
            return false;
        }
        return value.isTextual() && type.matcher(value.asText().replaceFirst("^.*[/:]", "")).matches();
    }

    private static JsonLdArticle from(JsonNode a) {
        List<String> authors = new ArrayList<>();
        JsonNode author = a.get("author");
        if (author != null && author.isArray()) {
            for (JsonNode one : author) {
                addName(authors, one);
            }
        } else {
            addName(authors, author);
        }
        JsonNode publisher = a.get("publisher");
        String url = text(a.get("url"));
        if (url == null && a.get("mainEntityOfPage") != null) {
            JsonNode main = a.get("mainEntityOfPage");
            url = main.isTextual() ? main.asText() : text(main.get("@id"));
        }
        return new JsonLdArticle(text(a.get("headline")), text(a.get("name")), authors,
                text(a.get("datePublished")), text(a.get("description")),
                publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher.get("name")),
                url);
    }

    private static void addName(List<String> names, JsonNode author) {
        if (author == null) {
            return;
        }
        String name = author.isTextual() ? author.asText() : text(author.get("name"));
        if (name != null && !name.isBlank()) {
            names.add(PageTitle.normalize(name));
        }
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray() && n.size() > 0) {
            n = n.get(0);
        }
        return n.isTextual() && !n.asText().isBlank() ? PageTitle.normalize(n.asText()) : null;
    }
}
