package org.republish.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;

/**
 * The OPF package document: metadata, manifest and spine.
 *
 * <p>Accessibility metadata follows EPUB Accessibility 1.1 and describes only
 * what this writer can know for every article: text content, a navigation
 * document, one reading order, no scripts or media, styles that leave size and
 * colour to the reader. It deliberately makes no {@code dcterms:conformsTo}
 * claim of WCAG 2.1 AA: that is a statement about the article's content (link
 * wording, heading order, table headers, alt text quality) which nobody has
 * evaluated, and a conformance claim without an evaluator behind it would
 * mislead the readers it is meant to serve.
 */
final class EpubPackageDocument {

    static final String UNIQUE_ID = "pub-id";

    /** One manifest entry; {@code properties} may be null. */
    record Item(String id, String href, String mediaType, String properties, boolean inSpine) {
    }

    /** What the content holds, for the accessibility metadata. */
    record Content(boolean hasHeadings, int images, boolean allImagesHaveAlt, boolean animatedImageFormat,
            boolean hasMathMl) {
    }

    private EpubPackageDocument() {
    }

    static String write(ArticleMeta meta, String identifier, Instant modified, List<Item> items, Content content) {
        return write(meta, identifier, modified, items, content, null);
    }

    /**
     * @param publisher the republishing house that makes this book (a setting), or null: the source that first
     *                  published the article is the book's dc:source, not its publisher
     */
    static String write(ArticleMeta meta, String identifier, Instant modified, List<Item> items, Content content,
                        String publisher) {
        StringBuilder opf = new StringBuilder(4096);
        opf.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"")
                .append(UNIQUE_ID).append("\" xml:lang=\"").append(EpubPages.escape(meta.langOrDefault()))
                .append("\" prefix=\"cc: http://creativecommons.org/ns#\">\n");
        opf.append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        element(opf, "dc:identifier", " id=\"" + UNIQUE_ID + "\"", identifier);
        element(opf, "dc:title", "", ArticleXhtml.titleOf(meta));
        int n = 0;
        for (Author author : meta.authors()) {
            if (author.name().isBlank()) {
                continue;
            }
            n++;
            element(opf, "dc:creator", " id=\"creator-" + n + "\"", author.name());
            element(opf, "meta", " refines=\"#creator-" + n + "\" property=\"role\" scheme=\"marc:relators\"", "aut");
        }
        element(opf, "dc:language", "", meta.langOrDefault());
        EpubDates.w3cDate(meta.published()).ifPresent(date -> element(opf, "dc:date", "", date));
        element(opf, "meta", " property=\"dcterms:modified\"", EpubDates.MODIFIED.format(modified));
        String summary = ArticleXhtml.summaryOf(meta);
        if (summary != null && !summary.isBlank()) {
            element(opf, "dc:description", "", summary);
        }
        for (String tag : meta.tags()) {
            if (!tag.isBlank()) {
                element(opf, "dc:subject", "", tag);
            }
        }
        if (known(publisher)) {
            element(opf, "dc:publisher", "", publisher.strip());
        }
        if (known(meta.originalUrl())) {
            element(opf, "dc:source", "", meta.originalUrl());
        } else if (meta.source() != null) {
            element(opf, "dc:source", "", meta.source().name());
        }
        String rights = rightsOf(meta);
        if (rights != null) {
            element(opf, "dc:rights", "", rights);
        }
        if (meta.license() != null) {
            if (known(meta.license().url())) {
                opf.append("    <link rel=\"cc:license\" href=\"").append(EpubPages.escape(meta.license().url()))
                        .append("\"/>\n");
            }
            if (known(meta.originalUrl())) {
                element(opf, "meta", " property=\"cc:attributionURL\"", meta.originalUrl());
            }
            String credited = attributionName(meta);
            if (credited != null) {
                element(opf, "meta", " property=\"cc:attributionName\"", credited);
            }
        }
        accessibility(opf, content);
        opf.append("  </metadata>\n  <manifest>\n");
        for (Item item : items) {
            opf.append("    <item id=\"").append(item.id()).append("\" href=\"").append(EpubPages.escape(item.href()))
                    .append("\" media-type=\"").append(item.mediaType()).append('"');
            if (item.properties() != null) {
                opf.append(" properties=\"").append(item.properties()).append('"');
            }
            opf.append("/>\n");
        }
        opf.append("  </manifest>\n  <spine>\n");
        for (Item item : items) {
            if (item.inSpine()) {
                opf.append("    <itemref idref=\"").append(item.id()).append("\"/>\n");
            }
        }
        opf.append("  </spine>\n</package>\n");
        return opf.toString();
    }

    /** The attribution notice as text, else a sentence naming the licence, else null. */
    static String rightsOf(ArticleMeta meta) {
        if (meta.attribution() != null && !meta.attribution().plainText().isBlank()) {
            return meta.attribution().plainText().strip();
        }
        if (meta.license() != null) {
            String name = meta.license().shortName() != null ? meta.license().shortName() : meta.license().spdxId();
            return "Licensed under " + name + (known(meta.license().url()) ? " (" + meta.license().url() + ")" : "") + ".";
        }
        return null;
    }

    /** Whom the licence says to credit: the authors, else the publication. */
    private static String attributionName(ArticleMeta meta) {
        if (!meta.authors().isEmpty()) {
            return ArticleXhtml.authorNames(meta);
        }
        return meta.source() == null ? null : meta.source().name();
    }

    private static void accessibility(StringBuilder opf, Content content) {
        boolean visual = content.images() > 0;
        boolean textSuffices = !visual || content.allImagesHaveAlt();
        element(opf, "meta", " property=\"schema:accessMode\"", "textual");
        if (visual) {
            element(opf, "meta", " property=\"schema:accessMode\"", "visual");
        }
        if (textSuffices) {
            element(opf, "meta", " property=\"schema:accessModeSufficient\"", "textual");
        }
        if (visual) {
            element(opf, "meta", " property=\"schema:accessModeSufficient\"", "textual,visual");
        }
        List<String> features = new ArrayList<>(List.of("tableOfContents", "readingOrder", "displayTransformability"));
        if (content.hasHeadings()) {
            features.add(0, "structuralNavigation");
        }
        if (visual && content.allImagesHaveAlt()) {
            features.add("alternativeText");
        }
        if (content.hasMathMl()) {
            // equations as MathML, which reading systems voice and enlarge
            features.add("MathML");
        }
        for (String feature : features) {
            element(opf, "meta", " property=\"schema:accessibilityFeature\"", feature);
        }
        // an animated image format might flash; nothing else here moves or plays sound
        element(opf, "meta", " property=\"schema:accessibilityHazard\"",
                content.animatedImageFormat() ? "unknown" : "none");
        StringBuilder summary = new StringBuilder("A single article as reflowable text, in one reading order, with ");
        summary.append(content.hasHeadings() ? "headings and a table of contents for navigation" : "a table of contents");
        summary.append(". It has no audio, video or scripts. ");
        if (visual) {
            summary.append(content.allImagesHaveAlt() ? "Every image has a text alternative. "
                    : "Some images have no text alternative. ");
        }
        summary.append("Images that could not be included are replaced by their text alternative. "
                + "The text has not been evaluated against WCAG.");
        // the summary is written in English whatever the article's language
        element(opf, "meta", " property=\"schema:accessibilitySummary\" xml:lang=\"en\"", summary.toString());
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank();
    }

    private static void element(StringBuilder opf, String name, String attributes, String text) {
        opf.append("    <").append(name).append(attributes).append('>').append(EpubPages.escape(text.strip()))
                .append("</").append(name).append(">\n");
    }
}
