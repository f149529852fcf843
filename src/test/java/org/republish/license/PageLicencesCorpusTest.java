package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.LicenseEvidence;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;

/**
 * Saved real pages, read as the service reads them: the licence each states
 * about its own articles, and a hold for every page that states none, or one
 * that cannot be established (no version, only "a Creative Commons license").
 */
class PageLicencesCorpusTest {

    @Test
    void readabilityCorpus() throws Exception {
        Path pages = Path.of(System.getProperty("republish.sharedDir", "../shared"), "corpus", "readability", "pages");
        assumeTrue(Files.isDirectory(pages), "skipped: corpus " + pages + " is absent");
        Map<String, String> expected = new TreeMap<>();
        expected.put("001", "CC-BY-SA-3.0");
        expected.put("002", "CC-BY-SA-3.0");
        expected.put("ebb-org", "CC-BY-SA-3.0-US");
        expected.put("google-sre-book-1", "CC-BY-NC-ND-4.0");
        expected.put("v8-blog", "CC-BY-3.0");
        expected.put("wikipedia", "CC-BY-SA-3.0");
        expected.put("wikipedia-2", "CC-BY-SA-3.0");
        expected.put("wikipedia-3", "CC-BY-SA-3.0");
        expected.put("wikipedia-4", "CC-BY-SA-4.0");
        // held: blogger says "Content licensed under CC-BY unless otherwise stated" (no version);
        // firefox-nightly-blog and the mozilla pages say only "a Creative Commons license";
        // liberation-1 and medicalnewstoday name a CC licence only in comments of CSS/JS libraries.
        ArticleReaders readers = new ArticleReaders();
        List<String> wrong = new ArrayList<>();
        int pagesSeen = 0;
        try (Stream<Path> dirs = Files.list(pages)) {
            for (Path dir : dirs.sorted().toList()) {
                Path source = dir.resolve("source.html");
                if (!Files.isRegularFile(source)) {
                    continue;
                }
                pagesSeen++;
                Article a = readers.read(new InputDocument("source.html", Files.readAllBytes(source), null));
                List<LicenseEvidence> evidence = new ArrayList<>(a.meta().licenseEvidence());
                evidence.addAll(BodyLicenseStatements.of(a.body()));
                var r = LicenseResolver.resolve(evidence, null, false);
                String got = r.license() == null ? "hold" : r.license().spdxId();
                String want = expected.getOrDefault(dir.getFileName().toString(), "hold");
                if (!got.equals(want)) {
                    wrong.add(dir.getFileName() + ": expected " + want + ", got " + got + " (" + r.how() + ")");
                }
            }
        }
        assertTrue(pagesSeen >= 100, "expected the full corpus, saw " + pagesSeen + " pages");
        assertEquals(List.of(), wrong);
    }
}
