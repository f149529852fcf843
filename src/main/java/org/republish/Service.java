package org.republish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.republish.camel.ArticleDesk;
import org.republish.camel.HandOverReadLock;
import org.republish.camel.InputClaims;
import org.republish.camel.MarkerFileClaims;
import org.republish.cluster.Cluster;
import org.republish.inbox.Outcomes;
import org.republish.write.SharedFolders;
import org.republish.camel.RenameWatch;
import org.republish.config.InputLimit;
import org.republish.config.Settings;
import org.republish.inbox.InputNames;
import org.republish.inbox.ReasonFiles;
import org.republish.pipeline.Pipeline;
import org.republish.web.ServiceMetrics;
import org.republish.web.WebServer;
import org.republish.camel.Progress;
import org.republish.write.OutputStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background service: Camel Main running the routes in the routes folder,
 * with the {@link ArticleDesk} bound as "desk". {@link #run()} blocks until
 * the process is told to stop (SIGTERM or Ctrl+C finish the article in hand
 * first); {@link #start()} and {@link #close()} are for embedding and tests.
 */
public final class Service implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Service.class);

    private final Settings settings;
    private final Main main = new Main();
    private final java.util.Set<String> formats;
    private final ServiceMetrics metrics;
    /** Health, metrics and the status page; null when republish.http.enabled is false. */
    private final WebServer web;
    private volatile boolean warmedUp;
    private final Progress progress;
    private final RenameWatch inputWatch;
    /** Present when several nodes share the folders (republish.cluster.url). */
    private final Optional<Cluster> cluster;

    public Service(Settings settings) throws IOException {
        this.settings = settings;
        Path input = settings.path(Settings.INPUT);
        Path output = settings.path(Settings.OUTPUT);
        Path routes = settings.path(Settings.ROUTES);
        if (!Files.isDirectory(routes)) {
            throw new IOException("the routes folder " + routes + " does not exist; run from the project folder "
                    + "or set republish.routes (--routes)");
        }
        Files.createDirectories(input);
        Files.createDirectories(output);
        cluster = Cluster.configured(settings, this::statusAddress);
        // in a cluster, recent temporary files may be another node's work in the making
        Duration leftovers = cluster.map(Cluster::leftoverAge).orElse(Duration.ZERO);
        OutputStore store = new OutputStore(output, cluster.map(Cluster::folders).orElse(SharedFolders.NONE));
        store.removeLeftovers(leftovers);
        warnIfFileNamesCannotBeRead();

        Pipeline pipeline = Assembly.pipeline(settings);
        if (!pipeline.formats().containsAll(settings.formats())) {
            throw new IllegalArgumentException("republish.formats lists " + settings.formats()
                    + " but the known formats are " + pipeline.formats());
        }
        formats = settings.formats();
        long warm = System.nanoTime();
        Assembly.warmUp(pipeline);
        LOG.info("renderers warmed up in {} ms", (System.nanoTime() - warm) / 1_000_000);
        warmedUp = true;
        metrics = new ServiceMetrics(input);
        web = WebServer.enabled(settings) ? new WebServer(settings, input, output, metrics, this::readiness, pipeline) : null;
        progress = new Progress(input, settings.number("republish.progress-seconds", 10));
        InputLimit limit = InputLimit.of(settings, Runtime.getRuntime().maxMemory(), settings.workers());
        if (limit.bytes() < settings.number(Settings.MAX_INPUT_BYTES, 20_000_000)) {
            LOG.info("inputs over {} bytes are refused: {}", limit.bytes(), limit.why());
        }
        Outcomes outcomes = cluster.map(c -> Outcomes.both(metrics, c.outcomes())).orElse(metrics);
        ArticleDesk desk = new ArticleDesk(pipeline, store, settings.formats(), input, limit, outcomes, progress);
        ReasonFiles.removeLeftovers(input, leftovers);
        int unexplained = ReasonFiles.explainUnexplained(input);
        if (unexplained > 0) {
            LOG.warn("{} file(s) in {} had no reason beside them (the service was stopped while publishing them): "
                    + "each now has one", unexplained, input.resolve(".error"));
        }
        cluster.ifPresent(c -> c.sweepLeftovers(() -> {
            try {
                store.removeLeftovers(leftovers);
                ReasonFiles.removeLeftovers(input, leftovers);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        main.bind("desk", desk);
        inputWatch = RenameWatch.start(input);
        InputClaims claims = cluster.map(Cluster::claims).orElseGet(MarkerFileClaims::new);
        main.bind("handOver", new HandOverReadLock(inputWatch, settings.number(Settings.SETTLE_MS, 500), claims));
        if (web != null) {
            cluster.ifPresent(c -> web.showCluster(c::snapshot));
        }
        Properties properties = settings.asProperties();
        // the routes exclude the names the status page and progress lines do not count as articles
        properties.setProperty(InputNames.EXCLUDE_PROPERTY, InputNames.EXCLUDE);
        main.setOverrideProperties(properties);
        main.configure().withRoutesIncludePattern("file:" + routes.toString().replace('\\', '/') + "/*.camel.yaml");
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterConfigure(org.apache.camel.main.BaseMainSupport configured) {
                // the claims live on Camel's context, and must be there before the input route first polls
                cluster.ifPresent(c -> c.start(configured.getCamelContext()));
            }

            @Override
            public void afterStart(org.apache.camel.main.BaseMainSupport started) {
                LOG.info("republish ready: watching {} -> {} (formats {}, {} workers, routes {}{})", input, output,
                        formats, settings.workers(), routes, cluster.map(c -> ", cluster node " + c.node()).orElse(""));
            }
        });
    }

    /**
     * Runs until the process is asked to stop. SIGTERM and Ctrl+C (SIGINT)
     * end the run like a normal stop: Camel stops gracefully (the articles in
     * hand are finished) and {@code run()} returns, so the process exits 0.
     * Left to the JVM, a signal would exit 143 or 130 however cleanly the
     * work was finished, and a supervisor could not tell an orderly stop from a crash.
     */
    /**
     * The JVM reads file names in the encoding of the locale it starts in; under LANG=C a name such as
     * "ünï-日本.md" cannot be read, and such a file would wait in the input folder unseen.
     */
    private static void warnIfFileNamesCannotBeRead() {
        String names = System.getProperty("sun.jnu.encoding", "");
        if (!names.isEmpty() && !names.replace("-", "").equalsIgnoreCase("UTF8")) {
            LOG.warn("file names are read as {} (the locale's encoding): files whose names hold other characters "
                    + "(accents, non-Latin scripts) cannot be taken from the input folder. Start the service in a UTF-8 "
                    + "locale, e.g. LC_ALL=C.UTF-8 java -jar target/republish.jar", names);
        }
    }

    public void run() throws Exception {
        for (String signal : java.util.List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> {
                    LOG.info("SIG{} received: finishing the articles in hand, then stopping", signal);
                    main.completed();
                });
            } catch (IllegalArgumentException unavailable) {
                // this platform does not have the signal (or reserves it): the JVM's own handling stays
            }
        }
        startWeb();
        try {
            main.run();
        } finally {
            cluster.ifPresent(Cluster::close);
            stopWeb();
        }
        LOG.info("republish stopped");
    }

    /** Starts the routes and returns at once. */
    public void start() throws Exception {
        startWeb();
        main.start();
    }

    /** The port of the status page, health and metrics; -1 when HTTP is disabled. */
    public int httpPort() {
        return web == null ? -1 : web.port();
    }

    /**
     * What must hold before the service takes work: the renderers are warm,
     * Camel has started and every route is running. The web server starts
     * before the routes, so a supervisor sees "not ready" rather than nothing.
     */
    private java.util.Map<String, Boolean> readiness() {
        CamelContext context = main.getCamelContext();
        boolean camel = context != null && context.getStatus().isStarted();
        boolean routes = camel && !context.getRoutes().isEmpty() && context.getRoutes().stream().allMatch(r -> {
            org.apache.camel.ServiceStatus status = context.getRouteController().getRouteStatus(r.getRouteId());
            return status != null && status.isStarted();
        });
        java.util.Map<String, Boolean> checks = new java.util.LinkedHashMap<>();
        checks.put("renderers", warmedUp);
        checks.put("camel", camel);
        checks.put("routes", routes);
        cluster.ifPresent(c -> checks.put("database", c.databaseUp()));
        return checks;
    }

    private void startWeb() throws IOException {
        if (web != null) {
            web.start();
        }
    }

    private void stopWeb() {
        if (web != null) {
            web.close();
        }
    }

    /** This node's status page, for the other nodes' status pages; empty until the web server has a port. */
    private String statusAddress() {
        return web == null ? "" : web.address();
    }

    /** The formats written for each article. */
    public java.util.Set<String> formats() {
        return formats;
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        progress.close();
        try {
            main.stop();
        } finally {
            cluster.ifPresent(Cluster::close);
            inputWatch.close();
            stopWeb();
        }
    }
}
