package org.republish.bench;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.republish.config.Settings;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.write.OutputStore;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code republish bench}: runs the real service in this process on
 * generated articles and prints throughput, latency and memory; optionally
 * times pandoc on the same articles. Figures only: nothing is asserted.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the service: throughput (batch), latency (trickle), cost by article size (scale), "
                + "memory, and a comparison with pandoc when it is on PATH.")
public final class BenchCommand implements Callable<Integer> {

    /** How articles arrive. */
    public enum Mode { batch, trickle, scale, extraction }

    /** What the bench measures, built by the application for each run from that run's settings. */
    public interface Subject {
        /**
         * Builds the service on {@code settings}, its renderers warmed up;
         * calling the result starts it and returns what stops it.
         */
        Callable<AutoCloseable> service(Settings settings) throws Exception;

        /** The publishing pipeline on {@code settings}, warmed up. */
        Pipeline pipeline(Settings settings);
    }

    private final Subject subject;

    public BenchCommand(Subject subject) {
        this.subject = subject;
    }

    @Option(names = "--articles", paramLabel = "N", description = "Distinct articles to publish (default: ${DEFAULT-VALUE}).")
    int articles = 100;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "batch: all at once (throughput); trickle: one by one (latency); "
                    + "scale: the sample at each --sizes multiple; extraction: the saved web pages in --pages, "
                    + "their texts written to --texts (default: ${DEFAULT-VALUE}).")
    Mode mode = Mode.batch;

    @Option(names = "--pages", paramLabel = "DIR", description = "extraction: saved pages (NAME.html, NAME.html.gz or "
            + "NAME/source.html) (default: SHARED/corpus/trafilatura-eval/pages).")
    Path pages;

    @Option(names = "--texts", paramLabel = "DIR", description = "extraction: where each page's text goes, as NAME.txt "
            + "for ../shared/tools/score-extraction (default: WORK/texts).")
    Path texts;

    @Option(names = "--bodies", paramLabel = "DIR", description = "extraction: also write each page's article body "
            + "as HTML, NAME.html, for a look at what was kept.")
    Path bodies;

    @Option(names = "--workers", paramLabel = "K", description = "republish.workers for the service (0: one per core).")
    int workers = 0;

    @Option(names = "--shared", paramLabel = "DIR", description = "Folder holding samples/ and corpus/ (default: ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared");

    @Option(names = "--sample", paramLabel = "FILE", description = "The sample article (default: SHARED/samples/conversation-essf-china-russia.md).")
    Path sample;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Markdown posts to mix in (default: SHARED/corpus/ropensci-blog; 'none' for the sample only).")
    String corpus;

    @Option(names = "--routes", paramLabel = "DIR", description = "Routes folder of the service (default: ${DEFAULT-VALUE}).")
    Path routes = Path.of("routes");

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for input/ and output/ (default: a new temporary folder, removed afterwards).")
    Path work;

    @Option(names = "--keep", description = "Keep the work folder.")
    boolean keep;

    @Option(names = "--to", paramLabel = "FORMATS", description = "Formats per article (default: ${DEFAULT-VALUE}).")
    String formats = "html,pdf,epub";

    @Option(names = "--poll-ms", paramLabel = "MS", description = "Override republish.poll-ms.")
    Long pollMs;

    @Option(names = "--settle-ms", paramLabel = "MS", description = "Override republish.settle-ms (how long a file "
            + "written in place must stay unmodified; renamed-in files do not wait for it).")
    Long settleMs;

    /** How the bench puts a file into input/. */
    public enum HandOver { rename, write }

    @Option(names = "--hand-over", paramLabel = "HOW", description = "rename: written under a hidden name, then renamed "
            + "in (as browsers, editors and uploads do); write: written in place under its own name (as cp does) "
            + "(default: ${DEFAULT-VALUE}).")
    HandOver handOver = HandOver.rename;

    @Option(names = "--gap-ms", paramLabel = "MS", description = "trickle: pause between one article's outputs and the next drop (default: ${DEFAULT-VALUE}).")
    long gapMs = 100;

    @Option(names = "--sizes", paramLabel = "LIST", split = ",", description = "scale: multiples of the sample (default: 1,10,100).")
    List<Integer> sizes = List.of(1, 10, 100);

    @Option(names = "--per-size", paramLabel = "N", description = "scale: articles per size (default: ${DEFAULT-VALUE}).")
    int perSize = 5;

    @Option(names = "--heap-every", paramLabel = "N", description = "batch: heap after GC every N articles, 0 for none (default: ${DEFAULT-VALUE}).")
    int heapEvery = 250;

    @Option(names = "--pandoc", paramLabel = "N", description = "Articles to time with pandoc, 0 for none (default: ${DEFAULT-VALUE}).")
    int pandoc = 3;

    @Option(names = "--timeout-s", paramLabel = "S", description = "Give up waiting after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 1800;

    @Option(names = "--nodes", paramLabel = "N", description = "batch and trickle: nodes sharing the work, this "
            + "process and N-1 others, each in its own JVM (default: ${DEFAULT-VALUE}); more than one needs --cluster-url.")
    int nodes = 1;

    @Option(names = "--cluster-url", paramLabel = "JDBC", description = "The nodes' PostgreSQL database "
            + "(jdbc:postgresql://HOST:PORT/DB); --cluster-user and --cluster-password log in.")
    String clusterUrl;

    @Option(names = "--cluster-user", paramLabel = "USER", description = "The database user.")
    String clusterUser;

    @Option(names = "--cluster-password", paramLabel = "PASSWORD", description = "The database password.")
    String clusterPassword;

    @Option(names = "--verbose", description = "Keep the service's per-article log lines.")
    boolean verbose;

    private PrintStream out = System.out;

    /** For tests: where the report goes. */
    public BenchCommand printTo(PrintStream stream) {
        this.out = stream;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        Path sampleFile = sample != null ? sample : shared.resolve("samples/conversation-essf-china-russia.md");
        if (!Files.isRegularFile(sampleFile)) {
            out.println("bench: the sample article is not at " + sampleFile.toAbsolutePath().normalize()
                    + "; run from the project folder beside ../shared, or give --shared or --sample");
            return 2;
        }
        if (mode == Mode.extraction) {
            return extraction();
        }
        Path corpusDir = "none".equals(corpus) ? null
                : corpus != null ? Path.of(corpus) : shared.resolve("corpus/ropensci-blog");
        BenchArticles generated = BenchArticles.load(sampleFile, corpusDir);
        if (!verbose) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("republish.articles")).setLevel(Level.WARN);
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("republish-bench-") : Files.createDirectories(work);
        try {
            out.printf("republish bench: mode %s, %d article(s) from %d source(s), formats %s, %d core(s), max heap %d MB%n",
                    mode, mode == Mode.scale ? sizes.size() * perSize : articles, generated.sourceCount(), formats,
                    Runtime.getRuntime().availableProcessors(), Memory.maxHeapMb());
            out.printf("load average before: %s%n", loadAverage());
            Settings settings = settings(dir);
            out.printf("service: poll %s ms, settle %s ms, %d worker(s), routes %s; files handed over by %s%n",
                    settings.get("republish.poll-ms"), settings.get("republish.settle-ms"), settings.workers(),
                    settings.path(Settings.ROUTES), handOver);
            if (mode == Mode.scale) {
                scale(generated, settings, dir);
            } else {
                serviceRun(generated, settings);
            }
            if (pandoc > 0) {
                compareWithPandoc(generated, settings, dir.resolve("pandoc"));
            }
            out.printf("load average after: %s%n", loadAverage());
            return 0;
        } finally {
            if (temporary && !keep) {
                deleteTree(dir);
            } else {
                out.println("work folder kept: " + dir);
            }
        }
    }

    /** Extraction only: quality is scored by the shared scorer on the texts; here, how long each page took. */
    private int extraction() throws Exception {
        Path from = pages != null ? pages : shared.resolve("corpus/trafilatura-eval/pages");
        if (!Files.isDirectory(from)) {
            out.println("bench: no folder of pages at " + from.toAbsolutePath().normalize() + "; give --pages");
            return 2;
        }
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("republish")).setLevel(Level.WARN);
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("republish-bench-");
        Path to = texts != null ? texts : dir.resolve("texts");
        Pipeline pipeline = subject.pipeline(settings(dir));
        ExtractionBench.Run run = ExtractionBench.run(pipeline, from, to, bodies);
        out.printf("extraction: %d page(s) from %s, %d refused; time per page %s; slowest %s%n", run.pages(),
                from, run.refused(), run.times().summary(), run.slowest());
        run.refusals().forEach(r -> out.println("  refused " + r));
        out.println("texts in " + to + "; score them with ../shared/tools/score-extraction");
        return 0;
    }

    private Settings settings(Path dir) {
        Map<String, String> options = new HashMap<>();
        options.put(Settings.INPUT, dir.resolve("input").toString());
        options.put(Settings.OUTPUT, dir.resolve("output").toString());
        options.put(Settings.ROUTES, routes.toAbsolutePath().normalize().toString());
        options.put(Settings.FORMATS, formats);
        options.put(Settings.WORKERS, Integer.toString(workers));
        // any free port: the bench must not clash with a service already running on this machine
        options.put("republish.http.port", "0");
        // the corpus posts say neither licence nor site in their front matter: the rOpenSci desk's default profile
        options.put(Settings.PROFILE, "ropensci");
        if (pollMs != null) {
            options.put("republish.poll-ms", pollMs.toString());
        }
        if (settleMs != null) {
            options.put("republish.settle-ms", settleMs.toString());
        }
        if (clusterUrl != null) {
            options.put("republish.cluster.url", clusterUrl);
            options.put("republish.node", "bench-1");
            options.put("republish.cluster.user", clusterUser == null ? "" : clusterUser);
            options.put("republish.cluster.password", clusterPassword == null ? "" : clusterPassword);
        }
        return Settings.of(options);
    }

    private void serviceRun(BenchArticles generated, Settings settings) throws Exception {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        if (nodes > 1 && clusterUrl == null) {
            throw new IllegalArgumentException("--nodes " + nodes + " needs --cluster-url: nodes share the work "
                    + "through a PostgreSQL database (README, Running several nodes)");
        }
        Path work = settings.path(Settings.INPUT).getParent();
        // the other nodes get this JVM's heap and collector options, so every node runs alike
        List<String> jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:")).toList();
        try (ServiceDriver driver = new ServiceDriver(settings, handOver == HandOver.rename, subject);
                ExtraNodes others = nodes > 1 ? ExtraNodes.start(nodes - 1, settings, work, jvm, Duration.ofMinutes(3))
                        : null) {
            if (nodes > 1) {
                out.printf("cluster: %d nodes (this one and %d in processes of their own) on %s%n", nodes, nodes - 1,
                        clusterUrl);
            }
            out.printf("service built in %d ms (renderer warm-up included), started in %d ms; RSS %d MB%n",
                    driver.constructMs(), driver.startMs(), Memory.rssMb());
            // the first article, dropped the moment the service reports ready
            driver.drop(generated.article(0));
            driver.awaitAll(timeout);
            ServiceDriver.Outcome first = driver.outcomes().get(0);
            out.printf("first article after ready: %.0f ms (%s)%n", first.latencyMs(), first.folder());

            if (mode == Mode.batch) {
                batch(generated, driver, timeout);
            } else {
                trickle(generated, driver, timeout);
            }
            List<ServiceDriver.Outcome> all = driver.outcomes();
            long published = all.stream().filter(ServiceDriver.Outcome::published).count();
            out.printf("outcomes: %d published, %d refused or held, %d still pending; %d output folder(s)%n",
                    published, all.size() - published, driver.pendingCount(), driver.outputFolders());
            all.stream().filter(o -> !o.published()).limit(5)
                    .forEach(o -> out.printf("  not published: %s -> input/%s%n", o.name(), o.folder()));
            out.printf("memory: peak RSS (VmHWM) %d MB, RSS now %d MB, heap after GC %d MB%n",
                    Memory.peakRssMb(), Memory.rssMb(), Memory.heapAfterGcMb());
        }
    }

    private void batch(BenchArticles generated, ServiceDriver driver, Duration timeout) throws Exception {
        int before = driver.outcomes().size();
        long start = System.nanoTime();
        // generated one at a time: a list of 10,000 articles would sit in the heap the service is measured in
        for (int i = 1; i <= articles; i++) {
            driver.drop(generated.article(i));
        }
        out.printf("dropped %d articles in %d ms%n", articles, (System.nanoTime() - start) / 1_000_000);
        List<String> heap = new ArrayList<>();
        if (heapEvery > 0) {
            for (int k = heapEvery; k <= articles; k += heapEvery) {
                driver.awaitCount(before + k, timeout);
                heap.add(k + ":" + Memory.heapAfterGcMb());
            }
        }
        boolean all = driver.awaitAll(timeout);
        List<ServiceDriver.Outcome> done = driver.outcomes().subList(before, driver.outcomes().size());
        long end = done.stream().mapToLong(ServiceDriver.Outcome::finished).max().orElse(start);
        double seconds = (end - start) / 1e9;
        out.printf("batch: %d articles in %.1f s = %.2f articles/s%s%n", done.size(), seconds, done.size() / seconds,
                all ? "" : " (TIMED OUT)");
        if (done.size() >= 10) {
            // steady rate: between the 10th and 90th percentile of completions, without start-up and tail
            int lo = done.size() / 10;
            int hi = done.size() * 9 / 10;
            double steady = (done.get(hi - 1).finished() - done.get(lo).finished()) / 1e9;
            out.printf("batch steady rate (completions %d..%d): %.2f articles/s%n", lo + 1, hi, (hi - 1 - lo) / steady);
        }
        out.printf("batch latency (includes queueing): %s%n",
                Latencies.of(done.stream().map(ServiceDriver.Outcome::latencyMs).toList()).summary());
        if (!heap.isEmpty()) {
            out.printf("heap after GC (MB) by articles done: %s%n", String.join(" ", heap));
        }
    }

    private void trickle(BenchArticles generated, ServiceDriver driver, Duration timeout) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 1; i <= articles; i++) {
            driver.drop(generated.article(i));
            if (!driver.awaitAll(timeout)) {
                out.println("trickle: timed out waiting for article " + i);
                break;
            }
            List<ServiceDriver.Outcome> outcomes = driver.outcomes();
            latencies.add(outcomes.get(outcomes.size() - 1).latencyMs());
            if (gapMs > 0) {
                Thread.sleep(gapMs);
            }
        }
        out.printf("trickle latency (file complete in input/ -> input in .done/, outputs complete): %s%n",
                Latencies.of(latencies).summary());
    }

    /** Cost by size: the pipeline timed directly (no folder watching), and the same through the service. */
    private void scale(BenchArticles generated, Settings settings, Path dir) throws Exception {
        Pipeline pipeline = subject.pipeline(settings);
        OutputStore store = new OutputStore(Files.createDirectories(dir.resolve("direct")));
        Set<String> formatSet = Settings.parseFormats(formats);
        // a few untimed articles first so that the JIT has compiled the pipeline
        for (int i = 0; i < 5; i++) {
            publish(pipeline, generated.scaledSample(1, 900 + i), formatSet, store);
        }
        double baseMs = Double.NaN;
        for (int size : sizes) {
            List<Double> ms = new ArrayList<>();
            int bytes = 0;
            for (int j = 0; j < perSize; j++) {
                BenchArticles.Article a = generated.scaledSample(size, j);
                bytes = a.bytes().length;
                long t = System.nanoTime();
                publish(pipeline, a, formatSet, store);
                ms.add((System.nanoTime() - t) / 1e6);
            }
            double median = Latencies.of(ms).percentile(50);
            if (Double.isNaN(baseMs)) {
                baseMs = median;
            }
            out.printf("size x%d (%d KB): pipeline median %.0f ms, %.2f ms/KB, %.1f x the first size%n", size,
                    bytes / 1024, median, median / (bytes / 1024.0), median / baseMs);
        }
        out.printf("memory: peak RSS (VmHWM) %d MB, heap after GC %d MB%n", Memory.peakRssMb(), Memory.heapAfterGcMb());
    }

    private void compareWithPandoc(BenchArticles generated, Settings settings, Path dir) throws Exception {
        if (PandocComparison.version() == null) {
            out.println("pandoc: skipped (pandoc is not on PATH; e.g. apt-get install pandoc)");
            return;
        }
        List<BenchArticles.Article> sampleArticles = new ArrayList<>();
        for (int i = 0; i < pandoc; i++) {
            sampleArticles.add(generated.scaledSample(1, 800 + i));
        }
        PandocComparison.Result p = PandocComparison.run(sampleArticles, dir);
        // republish on the same articles, the pipeline timed directly, for the same formats
        Pipeline pipeline = subject.pipeline(settings);
        OutputStore store = new OutputStore(Files.createDirectories(dir.resolve("republish")));
        Set<String> withoutPdf = Set.of("html", "epub");
        Set<String> all = Settings.parseFormats("html,pdf,epub");
        for (int i = 0; i < 5; i++) {
            publish(pipeline, generated.scaledSample(1, 700 + i), all, store);
        }
        List<Double> htmlEpub = new ArrayList<>();
        List<Double> allMs = new ArrayList<>();
        for (BenchArticles.Article a : sampleArticles) {
            long t = System.nanoTime();
            publish(pipeline, a, withoutPdf, store);
            htmlEpub.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            publish(pipeline, new BenchArticles.Article("all-" + a.fileName(), a.bytes()), all, store);
            allMs.add((System.nanoTime() - t) / 1e6);
        }
        double rHtmlEpub = Latencies.of(htmlEpub).percentile(50);
        double rAll = Latencies.of(allMs).percentile(50);
        out.printf("pandoc (%s), median of %d sample article(s), one pandoc process per output:%n", p.version(),
                sampleArticles.size());
        out.printf("  pandoc html %.0f ms + epub %.0f ms = %.0f ms; republish html+epub %.0f ms (in-process, warm): "
                + "republish/pandoc = %.2f%n", p.htmlMs(), p.epubMs(), p.htmlMs() + p.epubMs(), rHtmlEpub,
                rHtmlEpub / (p.htmlMs() + p.epubMs()));
        if (p.pdfEngine() == null) {
            out.printf("  pandoc pdf: skipped (no PDF engine on PATH: weasyprint, wkhtmltopdf, xelatex or pdflatex);"
                    + " republish html+pdf+epub %.0f ms%n", rAll);
        } else {
            out.printf("  pandoc pdf (%s) %.0f ms; all three %.0f ms; republish all three %.0f ms: "
                    + "republish/pandoc = %.2f%n", p.pdfEngine(), p.pdfMs(), p.totalMs(), rAll, rAll / p.totalMs());
        }
    }

    private static void publish(Pipeline pipeline, BenchArticles.Article a, Set<String> formats, OutputStore store)
            throws PublishException {
        pipeline.publish(new InputDocument(a.fileName(), a.bytes(), store.root()), formats, store);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
