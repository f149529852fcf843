package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar on real republished articles (../shared/corpus/republished),
 * scored by the shared scorer exactly as the issue measures it: every
 * article converted alone, its decision, licence, people, title, source and
 * body compared with what a careful editor concluded. Runs after packaging
 * (the integration-test phase of {@code mvn verify}); fails below the targets.
 */
class RepublishedCorpusScoreTest {

    /** The targets: a measure and its floor (a ceiling for junk left and wrong licences). */
    private static final Map<String, Integer> FLOORS = new LinkedHashMap<>();

    static {
        FLOORS.put("decision", 95);
        FLOORS.put("authors", 95);
        FLOORS.put("title", 95);
        FLOORS.put("source", 93);
        FLOORS.put("original-url", 95);
        FLOORS.put("kept", 99);
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "decision (\\d+)% licence (\\d+)% wrong-licence (\\d+) authors (\\d+)% title (\\d+)% source (\\d+)% "
                    + "original-url (\\d+)% kept (\\d+)% junk-left (\\d+)%");

    @Test
    void realRepublishedArticlesAreJudgedAsAnEditorWould() throws Exception {
        Path shared = Path.of(System.getProperty("republish.sharedDir", "../shared"));
        Path scorer = shared.resolve("tools/score-republished");
        Path corpus = shared.resolve("corpus/republished");
        Path jar = Path.of(System.getProperty("republish.jar", "target/republish.jar"));
        assumeTrue(Files.isRegularFile(scorer) && Files.isDirectory(corpus),
                "skipped: the republished corpus or its scorer is absent under " + shared);
        assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is not built (this test runs after packaging)");
        assumeTrue(python3Available(), "skipped: python3, which runs the shared scorer, is not on PATH");

        Process p = new ProcessBuilder("python3", scorer.toString(), jar.toString(), corpus.toString(), "--jobs", "2")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "the scorer did not finish");
        List<String> failures = out.lines().filter(l -> l.startsWith("FAIL")).toList();
        String summary = out.lines().filter(l -> SUMMARY.matcher(l).matches()).reduce((a, b) -> b).orElse("");
        System.out.println("republished corpus: " + summary);
        failures.forEach(f -> System.out.println("  " + f));
        Matcher m = SUMMARY.matcher(summary);
        assertTrue(m.matches(), "no summary line in the scorer's output:\n" + out);

        Map<String, Integer> got = new LinkedHashMap<>();
        String[] names = {"decision", "licence", "wrong-licence", "authors", "title", "source", "original-url", "kept",
            "junk-left"};
        for (int i = 0; i < names.length; i++) {
            got.put(names[i], Integer.parseInt(m.group(i + 1)));
        }
        List<String> shortfalls = new ArrayList<>();
        FLOORS.forEach((measure, floor) -> {
            if (got.get(measure) < floor) {
                shortfalls.add(measure + " " + got.get(measure) + "% < " + floor + "%");
            }
        });
        if (got.get("junk-left") > 5) {
            shortfalls.add("junk-left " + got.get("junk-left") + "% > 5%");
        }
        assertEquals(0, got.get("wrong-licence"), "an article was published under a licence it does not carry:\n"
                + String.join("\n", failures));
        assertEquals(List.of(), shortfalls, summary + "\n" + String.join("\n", failures));
    }

    private static boolean python3Available() {
        try {
            Process v = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            v.getInputStream().readAllBytes();
            return v.waitFor(30, TimeUnit.SECONDS) && v.exitValue() == 0;
        } catch (java.io.IOException notFound) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
