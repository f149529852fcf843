package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.testsupport.Samples;

/**
 * Seeded random mutations of real articles through the readers and the
 * cleaning stage ({@link Pipeline#prepare}): whatever the bytes, the only
 * exception that may come out is a {@link PublishException} (a reason for the
 * editor), and no input may stall the pipeline. A failing input is saved
 * under target/fuzz-failures/ with the seed and iteration that made it;
 * {@code -Dfuzz.seed=N -Dfuzz.iterations=N -Dfuzz.seconds=N} change the run.
 */
class ReaderFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 7_2024L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 400);
    private static final long BUDGET_SECONDS = Long.getLong("fuzz.seconds", 40);
    private static final Duration PER_INPUT = Duration.ofSeconds(10);

    private static final String[] FRAGMENTS = {
        "<div>", "</div>", "<table><tr><td>", "</td></tr>", "</p>", "<p>", "<script>alert(1)</script>", "---\n",
        "\n---\ntitle: [x\n---\n", "> ", "\n* ", "\n1. ", "```", "~~~\n", "[a](", "](javascript:x)", "<!--", "-->",
        "&#0;", "&#x110000;", "&nbsp;", "\u0000", "\uFEFF", "\u202E", "\uD800", "<svg><foreignObject>", "|a|b|\n|-|-|\n",
        "<<<<", "]]]]", "<a href=\"", "<img src=x onerror=y>", "<h1>", "<h6>", "</h1>", "**", "__", "\\", "\r", "\t",
        "<math><mi>", "<template>", "<noscript><p>", "<!DOCTYPE html>", "<meta charset=\"utf-16\">", "<base href=x>",
        "<br>".repeat(50), "<ol start=999999999999>", "<li value=-1>", "<td colspan=99999 rowspan=99999>",
        "<pre>", "<blockquote>", "<figure><figcaption>", "license: CC-BY-4.0\n", "title: \n", "author:\n  - name: x\n"
    };

    @TempDir
    static Path emptyDir;
    static Pipeline pipeline;
    static List<Path> seeds;

    @BeforeAll
    static void setUp() throws IOException {
        pipeline = Assembly.pipeline(Settings.of(Map.of(Settings.PROFILE, "ropensci")));
        Path shared = Samples.sharedDir();
        assumeTrue(Files.isDirectory(shared.resolve("corpus")), "skipped: no corpora at " + shared.resolve("corpus"));
        List<Path> all = new ArrayList<>();
        Path sample = shared.resolve("samples/conversation-essf-china-russia.md");
        if (Files.isRegularFile(sample)) {
            all.add(sample);
        }
        all.addAll(files(shared.resolve("corpus/ropensci-blog"), "glob:*.md"));
        try (Stream<Path> pages = Files.isDirectory(shared.resolve("corpus/readability/pages"))
                ? Files.list(shared.resolve("corpus/readability/pages")) : Stream.empty()) {
            pages.map(p -> p.resolve("source.html")).filter(Files::isRegularFile).sorted().forEach(all::add);
        }
        assumeTrue(!all.isEmpty(), "skipped: the corpora hold no articles");
        seeds = all;
    }

    @Test
    void mutatedArticlesGiveAReasonOrAnArticleNeverACrashOrAHang() throws Exception {
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + Duration.ofSeconds(BUDGET_SECONDS).toNanos();
        List<String> failures = new ArrayList<>();
        int runs = 0;
        int refused = 0;
        long slowestMs = 0;
        String slowest = "";
        for (int i = 0; i < ITERATIONS && System.nanoTime() < deadline; i++) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            byte[] original = Files.readAllBytes(seed);
            long mutationSeed = random.nextLong();
            Mutation m = mutate(original, new Random(mutationSeed));
            String name = "fuzz-" + i + (seed.toString().endsWith(".html") ? ".html" : ".md");
            InputDocument input = new InputDocument(name, m.bytes(), emptyDir);
            long t0 = System.nanoTime();
            try {
                boolean refusedHere = assertTimeoutPreemptively(PER_INPUT, () -> {
                    try {
                        pipeline.prepare(input);
                        return false;
                    } catch (PublishException expected) {
                        return true;
                    }
                });
                refused += refusedHere ? 1 : 0;
            } catch (AssertionFailedError timeout) {
                failures.add(save(i, mutationSeed, seed, m, "no result within " + PER_INPUT.toSeconds() + " s"));
            } catch (Throwable crash) {
                failures.add(save(i, mutationSeed, seed, m, crash + " at " + firstFrames(crash)));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = seed.getFileName() + " " + m.description();
            }
            runs++;
        }
        System.out.printf("reader fuzz: %d mutated inputs (seed %d), %d refused with a reason, %d failures; slowest %d ms (%s)%n",
                runs, SEED, refused, failures.size(), slowestMs, slowest);
        assertTrue(runs >= Math.min(ITERATIONS, 50), "too few iterations ran in the time budget: " + runs);
        assertEquals(List.of(), failures);
    }

    @Test
    void deeplyNestedMarkdownIsRefusedWithAReasonNotAStackOverflow() {
        String text = "---\nlicense: CC-BY-4.0\n---\n# Deep\n\n" + ">".repeat(5000) + " deep\n";
        PublishException e = assertThrows(PublishException.class, () -> assertTimeoutPreemptively(PER_INPUT,
                () -> pipeline.prepare(new InputDocument("deep.md", text.getBytes(StandardCharsets.UTF_8), emptyDir))));
        assertTrue(e.getMessage().contains("levels deep"), e.getMessage());
    }

    /** A mutated input and what was done to it. */
    record Mutation(byte[] bytes, String description) {
    }

    /** One to three random edits: byte flips, a truncation, inserted markup, deep nesting, a repeated slice. */
    static Mutation mutate(byte[] original, Random r) {
        byte[] b = original;
        List<String> done = new ArrayList<>();
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length + 1);
            switch (r.nextInt(6)) {
                case 0 -> {
                    b = b.clone();
                    int flips = 1 + r.nextInt(16);
                    for (int f = 0; f < flips && b.length > 0; f++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                    done.add(flips + " bit flips");
                }
                case 1 -> {
                    b = java.util.Arrays.copyOf(b, at);
                    done.add("cut at " + at);
                }
                case 2 -> {
                    String fragment = FRAGMENTS[r.nextInt(FRAGMENTS.length)];
                    b = insert(b, at, fragment.repeat(1 + r.nextInt(3)).getBytes(StandardCharsets.UTF_8));
                    done.add("inserted " + fragment.strip() + " at " + at);
                }
                case 3 -> {
                    String[] open = {"<div>", "<blockquote>", "<ul><li>", "<b><i>", "<table><tr><td>", "<span>"};
                    String tag = open[r.nextInt(open.length)];
                    int depth = 100 + r.nextInt(3000);
                    b = insert(b, at, (tag.repeat(depth) + "deep").getBytes(StandardCharsets.UTF_8));
                    done.add(depth + " nested " + tag);
                }
                case 4 -> {
                    String[] prefix = {"> ", "- ", "  - ", "* ", "1. ", "[", "*", "_", "`", "    "};
                    String p = prefix[r.nextInt(prefix.length)];
                    int depth = 50 + r.nextInt(2000);
                    b = insert(b, at, ("\n" + p.repeat(depth) + "deep\n").getBytes(StandardCharsets.UTF_8));
                    done.add(depth + " x '" + p + "'");
                }
                default -> {
                    if (b.length > 1) {
                        int from = r.nextInt(b.length);
                        int len = Math.min(b.length - from, 1 + r.nextInt(4096));
                        byte[] slice = java.util.Arrays.copyOfRange(b, from, from + len);
                        b = insert(b, at, slice);
                        done.add("repeated " + len + " bytes");
                    }
                }
            }
        }
        return new Mutation(b, String.join(", ", done));
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        at = Math.min(at, b.length);
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }

    private static String save(int iteration, long mutationSeed, Path seed, Mutation m, String problem) {
        String where = "";
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Path file = dir.resolve("iteration-" + iteration + (seed.toString().endsWith(".html") ? ".html" : ".md"));
            Files.write(file, m.bytes());
            where = ", saved as " + file;
        } catch (IOException e) {
            where = ", not saved: " + e;
        }
        return "iteration " + iteration + " (mutation seed " + mutationSeed + ") of " + seed.getFileName() + " [" + m.description()
                + "]: " + problem + where;
    }

    private static String firstFrames(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder sb = new StringBuilder(root == t ? "" : "(root " + root + ") ");
        StackTraceElement[] st = root.getStackTrace();
        for (int i = 0; i < Math.min(4, st.length); i++) {
            sb.append(st[i]).append(" < ");
        }
        return sb.toString();
    }

    private static List<Path> files(Path dir, String glob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        var matcher = dir.getFileSystem().getPathMatcher(glob);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        }
    }
}
