package org.republish.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.republish.model.ArticleDeadline;
import org.republish.model.LicenseEvidence;
import org.republish.model.LicenseEvidence.Place;

/**
 * Every statement about a licence a web page makes outside the article it
 * holds, with where it stands: licence markup meant for machines ({@code <link
 * rel="license">}, JSON-LD, {@code <meta>}), the footer and sidebars, picture
 * captions, readers' comments. The article's own text is left out (the licence
 * stage reads it in the body), as are scripts, styles and HTML comments. The
 * page is only read. Stateless.
 */
final class PageLicenseStatements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> META_NAMES = Set.of("dcterms.license", "dc.license", "dcterms.rights",
            "dc.rights", "license", "citation_license", "og:license", "copyright");

    private static final Set<String> BLOCKS = Set.of("p", "li", "figcaption", "caption", "td", "th", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "div", "section", "aside", "footer", "small",
            "span", "address", "center", "font");

    /** Class or id tokens of readers' comments; a page's body class ("comments-open") does not count. */
    private static final Pattern COMMENTS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:comments?|comment-\\w+|respond|disqus\\w*|replies|reply|commentlist)(?:$|[\\s_-])");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:caption|wp-caption-text|(?:photo|image|img|media|bild|foto)-?credits?|photo-?info|image-?info"
                    + "|bildnachweis|figcaption)(?:$|[\\s_-])");

    private PageLicenseStatements() {
    }

    /**
     * @param articleText the text of the article extracted from the page: statements inside it are
     *                    left for the licence stage to read in the body
     */
    static List<LicenseEvidence> of(Document page, String articleText) {
        List<LicenseEvidence> out = new ArrayList<>();
        for (Element link : page.select("link[rel~=(?i)\\blicense\\b][href]")) {
            out.add(LicenseEvidence.of(Place.PAGE, "<link rel=\"license\">", List.of(link.attr("abs:href").isEmpty()
                    ? link.attr("href") : link.attr("abs:href"))));
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                jsonLdLicences(JSON.readTree(script.data()), out);
            } catch (JsonProcessingException broken) {
                // broken JSON-LD is common on the web; the page's other statements still count
            }
        }
        for (Element meta : page.select("meta[content]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (META_NAMES.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip())) && !meta.attr("content").isBlank()) {
                out.add(LicenseEvidence.of(Place.PAGE, meta.attr("content").strip()));
            }
        }
        if (page.body() != null) {
            blocks(page.body(), normalise(articleText), out);
        }
        return out;
    }

    private static void blocks(Element body, String articleText, List<LicenseEvidence> out) {
        // what lies inside a script, a template or a block already taken, marked from above once rather than
        // found by walking up from every element, which for thousands of nested blocks was quadratic
        Set<Element> passedOver = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element code : body.select("script, template")) {
            passedOver.addAll(code.getAllElements());
        }
        for (Element e : body.getAllElements()) {
            ArticleDeadline.check();
            if (e == body || !BLOCKS.contains(e.normalName()) || hasBlockChild(e) && !hasOwnText(e)
                    || passedOver.contains(e) || !PagePreparation.visible(e)) {
                continue;
            }
            List<String> links = new ArrayList<>();
            for (Element a : e.select("a[href], img[src], area[href]")) {
                String target = a.normalName().equals("img") ? a.attr("src") : a.attr("href");
                boolean relLicense = a.attr("rel").toLowerCase(java.util.Locale.ROOT).matches(".*\\blicense\\b.*");
                if (LicenseEvidence.licenceHost(target) || relLicense) {
                    links.add(a.attr(a.normalName().equals("img") ? "abs:src" : "abs:href").isEmpty() ? target
                            : a.attr(a.normalName().equals("img") ? "abs:src" : "abs:href"));
                }
            }
            String text = e.text().strip();
            if (text.isEmpty()) {
                text = e.select("img[alt]").eachAttr("alt").stream().filter(LicenseEvidence::mentionsLicence)
                        .findFirst().orElse("");
            }
            if (links.isEmpty() && !LicenseEvidence.mentionsLicence(text)) {
                continue;
            }
            passedOver.addAll(e.getAllElements());
            Place place = place(e);
            if (place == Place.SITE && !text.isEmpty() && articleText.contains(normalise(text))) {
                continue; // part of the article: read there
            }
            out.add(LicenseEvidence.of(place, text, links));
        }
    }

    private static Place place(Element e) {
        for (Element x = e; x != null && !x.normalName().matches("body|html"); x = x.parent()) {
            String tag = x.normalName();
            String hints = x.className() + " " + x.id();
            if (tag.equals("pre") || tag.equals("code") || COMMENTS.matcher(hints).find()) {
                return Place.OTHER;
            }
            if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("caption")
                    || CAPTION.matcher(hints).find()) {
                return Place.CAPTION;
            }
        }
        return Place.SITE;
    }

    private static void jsonLdLicences(JsonNode node, List<LicenseEvidence> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            JsonNode licence = node.get("license");
            if (licence != null) {
                licenceValues(licence, out);
            }
            node.forEach(child -> jsonLdLicences(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> jsonLdLicences(child, out));
        }
    }

    private static void licenceValues(JsonNode licence, List<LicenseEvidence> out) {
        if (licence.isTextual() && !licence.asText().isBlank()) {
            out.add(LicenseEvidence.of(Place.PAGE, licence.asText().strip()));
        } else if (licence.isArray()) {
            licence.forEach(item -> licenceValues(item, out));
        } else if (licence.isObject()) {
            for (String key : List.of("url", "@id", "name")) {
                if (licence.hasNonNull(key) && licence.get(key).isTextual()) {
                    out.add(LicenseEvidence.of(Place.PAGE, licence.get(key).asText().strip()));
                    return;
                }
            }
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String tag = c.normalName();
            if ((BLOCKS.contains(tag) && !tag.equals("span") && !tag.equals("small") && !tag.equals("font"))
                    || tag.matches("ul|ol|table|figure|nav|header|main|article")) {
                return true;
            }
        }
        return false;
    }

    /** Text of its own beside its blocks: "Wenn nicht anders gekennzeichnet ..." after a heading in a footer box. */
    static boolean hasOwnText(Element e) {
        // own text first: the length of all its text costs a walk of everything inside it, which for each of
        // thousands of nested blocks made reading a page quadratic
        return e.textNodes().stream().anyMatch(t -> t.text().strip().length() > 2) && e.text().length() < 600;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u00a0]+", " ").strip();
    }
}
