package org.republish.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.republish.inbox.Outcomes;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;

/**
 * The service's metrics in Prometheus form. Counts outcomes as the desk reports
 * them (counters start at zero with each start of the service), times the
 * whole of each article and each stage of the pipeline, and reads the input
 * folder for what is waiting or refused whenever it is scraped.
 *
 * <pre>
 * republish_articles_done_total{format, source}   published
 * republish_articles_failed_total{format}         refused into input/.error/
 * republish_articles_held_total{format}           refused into input/.hold/
 * republish_article_duration_seconds{result}      one article, start to finish (done, error, hold)
 * republish_stage_duration_seconds{stage}         read, one per writer (html, pdf...), store
 * republish_queue_depth                           files waiting in input/
 * republish_refused_files{folder}                 files now in input/.error/ and input/.hold/
 * </pre>
 */
public final class ServiceMetrics implements Outcomes {

    /** Source names come from article front matter: cap how many label values they can create. */
    static final int MAX_SOURCES = 50;
    static final String OTHER_SOURCE = "other";

    /** Buckets from a quick HTML page to a long PDF. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(60)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Set<String> sources = ConcurrentHashMap.newKeySet();
    /** Held here because gauges keep only a weak reference to what they read. */
    private final InputFolder input;

    public ServiceMetrics(Path inputFolder) {
        input = new InputFolder(inputFolder);
        Gauge.builder("republish.queue.depth", input, InputFolder::waitingCount)
                .description("Files waiting in the input folder to be published").register(registry);
        Gauge.builder("republish.refused.files", input, in -> in.refusedCount(false)).tag("folder", "error")
                .description("Refused inputs now in input/.error/ or input/.hold/").register(registry);
        Gauge.builder("republish.refused.files", input, in -> in.refusedCount(true)).tag("folder", "hold")
                .description("Refused inputs now in input/.error/ or input/.hold/").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The metrics in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void published(String fileName, Article article, long nanos) {
        Counter.builder("republish.articles.done").description("Articles published since the service started")
                .tag("format", inputFormat(fileName)).tag("source", source(article.meta()))
                .register(registry).increment();
        articleTimer("done").record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void refused(String fileName, boolean hold, String reason, long nanos) {
        String name = hold ? "republish.articles.held" : "republish.articles.failed";
        String what = hold ? "Articles held for an editor since the service started"
                : "Articles refused as errors since the service started";
        Counter.builder(name).description(what).tag("format", inputFormat(fileName)).register(registry).increment();
        articleTimer(hold ? "hold" : "error").record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void took(String stage, long nanos) {
        Timer.builder("republish.stage.duration").description("Time of one pipeline stage for one article")
                .tag("stage", stage).serviceLevelObjectives(BUCKETS).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer articleTimer(String result) {
        return Timer.builder("republish.article.duration").description("Time to handle one input, start to finish")
                .tag("result", result).serviceLevelObjectives(BUCKETS).register(registry);
    }

    /** The input's kind by extension, from a fixed set so that odd names make no new series. */
    static String inputFormat(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt")) {
            return "markdown";
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return "html";
        }
        return "other";
    }

    private String source(ArticleMeta meta) {
        String name = meta.source() == null || meta.source().name() == null ? "" : meta.source().name().strip();
        if (name.isEmpty()) {
            return "unknown";
        }
        name = name.length() > 60 ? name.substring(0, 60) : name;
        if (sources.contains(name) || (sources.size() < MAX_SOURCES && sources.add(name))) {
            return name;
        }
        return OTHER_SOURCE;
    }
}
