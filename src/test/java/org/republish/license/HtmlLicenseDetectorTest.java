package org.republish.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlLicenseDetectorTest {

    private static Document html(String body) {
        return Jsoup.parse("<html><head>" + body + "</head><body></body></html>", "https://example.org/a");
    }

    @Test
    void relLicenseLinkBeatsEverythingElse() {
        Document d = Jsoup.parse("""
                <html><head><meta name="dcterms.license" content="CC-BY-4.0"></head><body>
                <p>Text under CC BY-SA 2.0.</p>
                <footer><a rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/deed.en">CC BY-ND</a></footer>
                </body></html>""", "https://example.org/");
        LicenseMatch m = HtmlLicenseDetector.detect(d).orElseThrow();
        assertEquals("CC-BY-ND-4.0", m.license().spdxId());
        assertTrue(m.evidence().startsWith("<a rel=\"license\""), m.evidence());
    }

    @Test
    void jsonLdLicenseAtAnyDepthAsStringOrObject() {
        Document graph = html("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"x"},
                  {"@type":"NewsArticle","headline":"h","license":"https://creativecommons.org/licenses/by-nc/4.0/"}]}
                </script>""");
        assertEquals("CC-BY-NC-4.0", HtmlLicenseDetector.detect(graph).orElseThrow().license().spdxId());

        Document object = html("""
                <script type="application/ld+json">{"@type":"Article",
                  "license":{"@type":"CreativeWork","name":"CC BY-SA 3.0"}}</script>""");
        assertEquals("CC-BY-SA-3.0", HtmlLicenseDetector.detect(object).orElseThrow().license().spdxId());

        Document broken = html("<script type=\"application/ld+json\">{not json</script>"
                + "<meta name=\"DC.rights\" content=\"Creative Commons Attribution 4.0 International\">");
        assertEquals("CC-BY-4.0", HtmlLicenseDetector.detect(broken).orElseThrow().license().spdxId());
    }

    @ParameterizedTest
    @CsvSource({
            "dcterms.license, https://creativecommons.org/licenses/by/3.0/, CC-BY-3.0",
            "DC.rights,       cc by-nc-sa 4.0,                              CC-BY-NC-SA-4.0",
            "DC.rights,       © 2024 Example Ltd. All rights reserved.,     NONE",
    })
    void metaTags(String name, String content, String expected) {
        Optional<LicenseMatch> m = HtmlLicenseDetector.detect(
                html("<meta name=\"" + name + "\" content=\"" + content + "\">"));
        assertEquals(expected, m.map(x -> x.license().spdxId()).orElse("NONE"));
    }

    @Test
    void badgeImageCountsButAMapCreditDoesNot() {
        Document badge = Jsoup.parse("<p><img src='https://licensebuttons.net/l/by-sa/4.0/88x31.png' alt='CC'>"
                + " This work is licensed.</p>");
        assertEquals("CC-BY-SA-4.0", HtmlLicenseDetector.detect(badge).orElseThrow().license().spdxId());

        Document credit = Jsoup.parse("<figure><img src='map.png'><figcaption>Map data © OpenStreetMap contributors, "
                + "<a href='https://creativecommons.org/licenses/by-sa/2.0/'>CC-BY-SA</a></figcaption></figure>"
                + "<p>All rights reserved.</p>");
        assertTrue(HtmlLicenseDetector.detect(credit).isEmpty());
    }

    @Test
    void genericRelLicenseTextGivesWayToAnExactLinkLater() {
        Document d = Jsoup.parse("<p>Content available under a <a rel='license' href='/licensing'>Creative Commons"
                + " license</a>.</p><p><a href='https://creativecommons.org/licenses/by-sa/2.5/'>details</a></p>");
        assertEquals("CC-BY-SA-2.5", HtmlLicenseDetector.detect(d).orElseThrow().license().spdxId());
    }

    /** Saved real pages: the licence each states, and no licence on pages that state none. */
    @Test
    void readabilityCorpus() throws IOException {
        Path pages = Path.of(System.getProperty("republish.sharedDir", "../shared"), "corpus", "readability", "pages");
        assumeTrue(Files.isDirectory(pages), "skipped: corpus " + pages + " is absent");
        var expected = new java.util.TreeMap<String, String>();
        expected.put("001", "CC-BY-SA-3.0");
        expected.put("002", "CC-BY-SA-3.0");
        expected.put("blogger", "CC-BY-4.0");          // "Content licensed under CC-BY unless otherwise stated"
        expected.put("ebb-org", "CC-BY-SA-3.0-US");
        expected.put("firefox-nightly-blog", "GENERIC");
        expected.put("google-sre-book-1", "CC-BY-NC-ND-4.0");
        expected.put("mozilla-1", "GENERIC");
        expected.put("mozilla-2", "GENERIC");
        expected.put("v8-blog", "CC-BY-3.0");
        expected.put("wikipedia", "CC-BY-SA-3.0");
        expected.put("wikipedia-2", "CC-BY-SA-3.0");
        expected.put("wikipedia-3", "CC-BY-SA-3.0");
        expected.put("wikipedia-4", "CC-BY-SA-4.0");
        // liberation-1 and medicalnewstoday name a CC licence only in comments of CSS/JS libraries: not the page's.
        List<String> wrong = new ArrayList<>();
        int pagesSeen = 0;
        try (Stream<Path> dirs = Files.list(pages)) {
            for (Path dir : dirs.sorted().toList()) {
                Path source = dir.resolve("source.html");
                if (!Files.isRegularFile(source)) {
                    continue;
                }
                pagesSeen++;
                Document doc = Jsoup.parse(source.toFile(), "UTF-8", "https://example.org/");
                String got = HtmlLicenseDetector.detect(doc)
                        .map(m -> m.isGeneric() ? "GENERIC" : m.license().spdxId()).orElse("NONE");
                String want = expected.getOrDefault(dir.getFileName().toString(), "NONE");
                if (!got.equals(want)) {
                    wrong.add(dir.getFileName() + ": expected " + want + ", got " + got);
                }
            }
        }
        assertTrue(pagesSeen >= 100, "expected the full corpus, saw " + pagesSeen + " pages");
        assertEquals(List.of(), wrong);
    }
}
