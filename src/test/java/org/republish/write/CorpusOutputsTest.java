package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.pipeline.Pipeline;
import org.republish.testsupport.EpubChecker;
import org.republish.testsupport.Samples;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A spread of real blog posts through the whole pipeline (rOpenSci site-wide
 * licence profile), each output checked by its standard checker: veraPDF for
 * PDF/A-2u and PDF/UA-1, PDFBox for embedded fonts, EPUBCheck for the EPUB.
 * Every 24th post by default; -Dcorpus.every=1 checks them all.
 */
class CorpusOutputsTest {

    @TempDir
    Path out;

    @Test
    void corpusPostsGiveCompliantPdfsAndCleanEpubs() throws Exception {
        Path corpus = Samples.corpus("ropensci-blog");
        int every = Integer.getInteger("corpus.every", 24);
        List<Path> posts;
        try (Stream<Path> s = Files.list(corpus)) {
            posts = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of(Settings.PROFILE, "ropensci")));
        OutputStore store = new OutputStore(out);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < posts.size(); i += every) {
            Path post = posts.get(i);
            Pipeline.Result r;
            try {
                r = pipeline.publish(Samples.input(post), Set.of("pdf", "epub"), store);
            } catch (org.republish.model.PublishException e) {
                failures.add(post.getFileName() + ": not published: " + e.getMessage());
                continue;
            }
            checked++;
            byte[] pdf = Files.readAllBytes(r.directory().resolve(r.folder() + ".pdf"));
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
                ValidationResult v = PdfTesting.validate(pdf, flavour);
                if (!v.isCompliant()) {
                    failures.add(post.getFileName() + ": " + flavour + ": " + PdfTesting.failures(v));
                }
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (var page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        if (!font.isEmbedded()) {
                            failures.add(post.getFileName() + ": font not embedded: " + font.getName());
                        }
                    }
                }
            }
            EpubChecker.Result epub = EpubChecker.check(Files.readAllBytes(r.directory().resolve(r.folder() + ".epub")),
                    post.getFileName().toString());
            if (!epub.clean()) {
                failures.add(post.getFileName() + ": EPUBCheck: " + epub.problems());
            }
        }
        assertEquals(List.of(), failures, "of " + checked + " posts checked");
    }
}
