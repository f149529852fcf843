package org.republish.write;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.republish.model.Article;
import org.republish.model.Attribution;
import org.republish.model.License;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Shared helpers for the PDF tests: the sample article, outline reading, veraPDF. */
final class PdfTesting {

    static final String SAMPLE = "conversation-essf-china-russia.md";

    private static boolean veraInitialised;

    /** fontbox logs every glyph substitution at debug level; that drowns the test output and slows rendering. */
    static void quietLibraryLogs() {
        for (String noisy : List.of("org.apache.fontbox", "org.apache.pdfbox", "org.verapdf", "com.openhtmltopdf")) {
            if (org.slf4j.LoggerFactory.getLogger(noisy) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.INFO);
            }
        }
    }

    private PdfTesting() {
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("republish.sharedDir", "../shared"));
    }

    /** The canonical sample, or a skipped test when ../shared is not there. */
    static Article sampleArticle() throws Exception {
        Path file = sharedDir().resolve("samples").resolve(SAMPLE);
        assumeTrue(Files.isRegularFile(file), "the shared sample " + file + " is absent; skipping");
        return new ArticleReaders().read(new InputDocument(SAMPLE, Files.readAllBytes(file), file.getParent()));
    }

    /** The sample with the licence and notice the attribution stage would give it. */
    static Article licensedSample() throws Exception {
        Article article = sampleArticle();
        License license = new License("CC-BY-ND-4.0", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/");
        Attribution notice = new Attribution(List.of(
                Attribution.Span.text("This article is republished from "),
                Attribution.Span.link("The Conversation", "https://theconversation.com"),
                Attribution.Span.text(" under a Creative Commons license ("),
                Attribution.Span.link("CC BY-ND 4.0", license.url()),
                Attribution.Span.text(").")));
        return article.withMeta(article.meta().toBuilder().license(license).attribution(notice).build());
    }

    static Path outputDir() throws IOException {
        return Files.createDirectories(Path.of("target", "pdf-test-output"));
    }

    /** Outline titles in reading order, depth first. */
    static List<String> outlineTitles(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
            collect(pdf.getDocumentCatalog().getDocumentOutline(), titles);
        }
        return titles;
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            collect(item, titles);
        }
    }

    static synchronized ValidationResult validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        if (!veraInitialised) {
            VeraGreenfieldFoundryProvider.initialise();
            veraInitialised = true;
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }

    /** The failed rules, one line each, for an assertion message. */
    static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                        + a.getMessage() + " @ " + a.getLocation().getContext())
                .distinct()
                .limit(40)
                .collect(Collectors.joining("\n  ", result.getPDFAFlavour() + " failures:\n  ", ""));
    }

    /** Image XObjects drawn on the document's pages. */
    static int imageCount(PDDocument pdf) throws IOException {
        int images = 0;
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
