package org.republish.license;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the licence of an HTML page from its markup, most explicit first:
 * <ol>
 * <li>{@code <a rel="license">} and {@code <link rel="license">} (the
 *     rel-license microformat): the href, else the link text;</li>
 * <li>JSON-LD {@code "license"} values (a URL, a name, or an object with
 *     {@code url}/{@code @id}/{@code name}), at any depth;</li>
 * <li>{@code <meta name="dcterms.license">}, {@code DC.rights} and kin;</li>
 * <li>links and badge images pointing at a Creative Commons licence, unless
 *     they sit in a photo or map credit;</li>
 * <li>the page's text, read by {@link LicenseDetector#fromText}.</li>
 * </ol>
 * A generic match from an earlier step ("a Creative Commons license" as the
 * text of a rel-license link) gives way to an exact one from a later step.
 * The document is only read. Stateless and safe to share across threads.
 */
public final class HtmlLicenseDetector {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> META_NAMES = List.of(
            "dcterms.license", "dc.license", "dcterms.rights", "dc.rights", "license", "citation_license",
            "og:license");

    private HtmlLicenseDetector() {
    }

    public static Optional<LicenseMatch> detect(Document doc) {
        List<Supplier<Optional<LicenseMatch>>> steps = List.of(() -> relLicense(doc), () -> jsonLd(doc),
                () -> meta(doc), () -> links(doc),
                () -> LicenseDetector.fromText(doc.body() == null ? "" : doc.body().wholeText()));
        LicenseMatch best = null;
        for (Supplier<Optional<LicenseMatch>> step : steps) {
            Optional<LicenseMatch> found = step.get();
            if (found.isEmpty()) {
                continue;
            }
            if (found.get().kind() == LicenseMatch.Kind.EXACT) {
                return found;
            }
            best = better(best, found.get());
        }
        return Optional.ofNullable(best);
    }

    /** The more specific of two matches; the earlier (more explicit source) on a tie. */
    private static LicenseMatch better(LicenseMatch sofar, LicenseMatch next) {
        if (sofar == null || next.kind().ordinal() < sofar.kind().ordinal()) {
            return next;
        }
        return sofar;
    }

    static Optional<LicenseMatch> relLicense(Document doc) {
        LicenseMatch best = null;
        for (Element e : doc.select("a[rel~=(?i)\\blicense\\b], link[rel~=(?i)\\blicense\\b], area[rel~=(?i)\\blicense\\b]")) {
            String href = e.attr("abs:href").isEmpty() ? e.attr("href") : e.attr("abs:href");
            Optional<LicenseMatch> byUrl = LicenseDetector.fromUrl(href);
            if (byUrl.isPresent()) {
                return Optional.of(new LicenseMatch(byUrl.get().license(), byUrl.get().kind(),
                        "<" + e.tagName() + " rel=\"" + e.attr("rel") + "\" href=\"" + e.attr("href") + "\">",
                        byUrl.get().note()));
            }
            // A rel-license link to a licence page of the site itself: its words may still name the licence.
            String text = e.text();
            if (!text.isBlank()) {
                Optional<LicenseMatch> byText = LicenseDetector.fromValue(text);
                if (byText.isPresent()) {
                    best = better(best, byText.get());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<LicenseMatch> jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue; // broken JSON-LD is common on the web; other evidence may still serve
            }
            Optional<LicenseMatch> found = findLicenseValue(root);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<LicenseMatch> findLicenseValue(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            JsonNode license = node.get("license");
            if (license != null) {
                Optional<LicenseMatch> m = licenseNode(license);
                if (m.isPresent()) {
                    return m;
                }
            }
            for (JsonNode child : node) {
                Optional<LicenseMatch> m = findLicenseValue(child);
                if (m.isPresent()) {
                    return m;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                Optional<LicenseMatch> m = findLicenseValue(child);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LicenseMatch> licenseNode(JsonNode license) {
        if (license.isTextual()) {
            return LicenseDetector.fromValue(license.asText())
                    .map(m -> new LicenseMatch(m.license(), m.kind(), "JSON-LD \"license\": \"" + license.asText() + "\"",
                            m.note()));
        }
        if (license.isArray()) {
            for (JsonNode item : license) {
                Optional<LicenseMatch> m = licenseNode(item);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        if (license.isObject()) {
            for (String key : List.of("url", "@id", "name")) {
                if (license.hasNonNull(key)) {
                    Optional<LicenseMatch> m = licenseNode(license.get(key));
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LicenseMatch> meta(Document doc) {
        for (Element meta : doc.select("meta[name], meta[property]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (META_NAMES.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                Optional<LicenseMatch> m = LicenseDetector.fromValue(meta.attr("content"));
                if (m.isPresent()) {
                    return Optional.of(new LicenseMatch(m.get().license(), m.get().kind(),
                            "<meta name=\"" + name + "\" content=\"" + meta.attr("content") + "\">", m.get().note()));
                }
            }
        }
        return Optional.empty();
    }

    /** Links and badge images to a licence, read with the text around them to skip picture credits. */
    static Optional<LicenseMatch> links(Document doc) {
        for (Element e : doc.select("a[href*=creativecommons.org], img[src*=creativecommons.org], img[src*=licensebuttons.net]")) {
            String target = e.tagName().equals("img") ? e.attr("src") : e.attr("href");
            Optional<LicenseMatch> m = LicenseDetector.fromUrl(target);
            if (m.isEmpty()) {
                continue;
            }
            Element context = e.parent() == null ? e : e.parent();
            // Read the licence in its paragraph: a map or photo credit is not the page's licence.
            String around = context.text();
            boolean credit = LicenseDetector.findAll(around + " " + target).stream()
                    .anyMatch(LicenseDetector.Found::mediaCredit);
            if (!credit) {
                return Optional.of(new LicenseMatch(m.get().license(), m.get().kind(),
                        "<" + e.tagName() + (e.tagName().equals("img") ? " src=\"" : " href=\"") + target + "\">",
                        m.get().note()));
            }
        }
        return Optional.empty();
    }
}
