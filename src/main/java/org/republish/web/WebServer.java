package org.republish.web;

import org.republish.cluster.ClusterSnapshot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.republish.config.InputLimit;
import org.republish.config.Settings;
import org.republish.license.SourceProfile;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's HTTP side, on the JDK's own server: health for a supervisor,
 * metrics for Prometheus, and a status page for people, with downloads of the
 * outputs and an upload form.
 *
 * <pre>
 * GET  /health/live    200 while the process answers
 * GET  /health/ready   200 once renderers are warm and the routes run, else 503
 * GET  /metrics        Prometheus text format
 * GET  /               status page
 * GET  /output/SLUG/FILE   an output file (nothing else is ever served from disk)
 * GET  /thumb/SLUG/FILE.pdf  the PDF's first page as a small PNG
 * POST /upload         multipart form, field "file": the file goes into input/
 * GET  /desk/held?file=NAME        a held article, its licence evidence and the form resolving it
 * GET  /desk/published?folder=SLUG a published article and what cleaning did to it
 * POST /desk/publish, /desk/refuse, /desk/republish   the desk's actions (see {@link DeskGuard})
 * </pre>
 *
 * Bound to 127.0.0.1 by default. When bound to a loopback address, requests
 * must name a loopback host too, so a web page elsewhere cannot reach it
 * through DNS rebinding; uploads from another site's page are refused.
 */
public final class WebServer implements AutoCloseable {

    public static final String ENABLED = "republish.http.enabled";
    public static final String HOST = "republish.http.host";
    public static final String PORT = "republish.http.port";

    /**
     * The JDK server reads a request's header and body on a pool thread, so a client that sends its
     * request slowly holds a thread for as long as it likes (issue 14, item 5). The server's own
     * deadline for reading a request, {@code sun.net.httpserver.maxReqTime} (seconds; JDK 17 has no
     * limit by default), closes such connections. It is read once, when the JDK server's classes
     * load, so it is set here, before this class creates a server, unless the operator gave one
     * with {@code -D}. 20 s is enough to send a 20 MB upload at 1 MB/s.
     */
    static final long REQUEST_READ_SECONDS_DEFAULT = 20;
    static final String REQUEST_READ_SECONDS = "sun.net.httpserver.maxReqTime";
    /**
     * The same for the reply: a client that asks for an output and never reads it holds the thread
     * writing it for as long as its connection stays open (JDK 17 has no limit). Past {@code
     * sun.net.httpserver.maxRspTime} seconds from the end of its request, the server closes the
     * connection and the thread is free. 60 s lets a 10 MB PDF reach a client reading 170 kB/s.
     */
    static final long REPLY_SECONDS_DEFAULT = 60;
    static final String REPLY_SECONDS = "sun.net.httpserver.maxRspTime";
    /**
     * Threads for requests, started as needed and ended after 30 s idle. Reading a request is mostly
     * waiting, so many are cheap; with this many, a health probe gets a thread unless as many slow
     * clients hold one each, and then only until the read deadline.
     */
    static final int THREADS = 64;
    /** The exit status when the HTTP side dies (EX_SOFTWARE): any non-zero status restarts a systemd unit. */
    public static final int EXIT_STATUS = 70;

    static {
        if (System.getProperty(REQUEST_READ_SECONDS) == null) {
            System.setProperty(REQUEST_READ_SECONDS, Long.toString(REQUEST_READ_SECONDS_DEFAULT));
        }
        if (System.getProperty(REPLY_SECONDS) == null) {
            System.setProperty(REPLY_SECONDS, Long.toString(REPLY_SECONDS_DEFAULT));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Room for the multipart framing around the file itself. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final String host;
    private final int port;
    private final ServiceMetrics metrics;
    private final Supplier<Map<String, Boolean>> readiness;
    private final OutputFolder output;
    private final Uploads uploads;
    private final StatusPage page;
    private final Thumbnails thumbnails = new Thumbnails();
    private final InputFolder inputFolder;
    private final Desk desk;
    private final DeskPages deskPages;
    private final DeskGuard guard;
    /** Reads a held article for its page; null when the server runs without the pipeline (some tests). */
    private final Pipeline pipeline;
    private final Consumer<Throwable> onDeath;
    private HttpServer server;
    private ExecutorService threads;
    private HttpThreads group;
    private volatile java.util.function.Supplier<ClusterSnapshot> cluster;

    /**
     * @param readiness each check that must hold before the service is ready, by name
     */
    public WebServer(Settings settings, Path input, Path output, ServiceMetrics metrics,
            Supplier<Map<String, Boolean>> readiness) {
        this(settings, input, output, metrics, readiness, WebServer::exitProcess, null);
    }

    /** @param pipeline reads held articles for the editor's desk */
    public WebServer(Settings settings, Path input, Path output, ServiceMetrics metrics,
            Supplier<Map<String, Boolean>> readiness, Pipeline pipeline) {
        this(settings, input, output, metrics, readiness, WebServer::exitProcess, pipeline);
    }

    /** @param onDeath what to do when a thread of the HTTP side dies (tests record it instead of exiting) */
    WebServer(Settings settings, Path input, Path output, ServiceMetrics metrics,
            Supplier<Map<String, Boolean>> readiness, Consumer<Throwable> onDeath) {
        this(settings, input, output, metrics, readiness, onDeath, null);
    }

    private WebServer(Settings settings, Path input, Path output, ServiceMetrics metrics,
            Supplier<Map<String, Boolean>> readiness, Consumer<Throwable> onDeath, Pipeline pipeline) {
        this.onDeath = onDeath;
        this.host = settings.get(HOST, "127.0.0.1");
        long p = settings.number(PORT, 8080);
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("setting " + PORT + " must be a port number 0-65535, not " + p);
        }
        this.port = (int) p;
        this.metrics = metrics;
        this.readiness = readiness;
        this.output = new OutputFolder(output);
        // the limit the service applies (the setting, or an article's share of the heap): the form says it,
        // and a larger upload is refused at once rather than stored and then refused
        InputLimit limit = InputLimit.of(settings, Runtime.getRuntime().maxMemory(), settings.workers());
        this.uploads = new Uploads(input, limit);
        this.inputFolder = new InputFolder(input);
        this.page = new StatusPage(inputFolder, this.output, limit.bytes(), ZoneId.systemDefault());
        this.pipeline = pipeline;
        List<SourceProfile> profiles = pipeline == null ? List.of() : pipeline.profiles();
        this.desk = new Desk(inputFolder, this.output,
                profiles.stream().map(SourceProfile::id).collect(java.util.stream.Collectors.toSet()));
        this.deskPages = new DeskPages(ZoneId.systemDefault());
        this.guard = new DeskGuard(!isLoopback(host), settings.get(DeskPassword.SETTING, ""));
    }

    public static boolean enabled(Settings settings) {
        return settings.flag(ENABLED, true);
    }

    /** Binds and starts serving; throws if the address is taken. */
    public synchronized void start() throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(host), port);
        HttpThreads group = new HttpThreads(onDeath);
        // created and started inside the group, so that the JDK's dispatcher and timer threads join it
        group.runInside(() -> {
            try {
                server = HttpServer.create(address, 50);
            } catch (java.net.BindException e) {
                throw new IOException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); set "
                        + PORT + " to a free port, or " + ENABLED + "=false", e);
            }
            ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), group);
            pool.allowCoreThreadTimeOut(true);
            threads = pool;
            server.setExecutor(threads);
            server.createContext("/", guarded(this::root));
            server.createContext("/health/", guarded(this::health));
            server.createContext("/metrics", guarded(this::metrics));
            server.createContext("/output/", guarded(this::outputFile));
            server.createContext("/upload", guarded(this::upload));
            server.createContext("/thumb/", guarded(this::thumbnail));
            server.createContext("/desk/", guarded(this::desk));
            server.start();
        });
        this.group = group;
        LOG.info("status page, health and metrics on http://{}:{}/", hostForUrl(), port());
    }

    /** The group of the server's threads (the dispatcher among them), for tests. */
    synchronized ThreadGroup threadGroup() {
        return group;
    }

    /**
     * What the service does when a thread of its HTTP side dies: it exits with status 70, so that
     * a supervisor (systemd's Restart=on-failure) starts it again. A process whose status page and
     * health probe never answer again would look alive to everything but a person. The exit runs
     * the shutdown hooks (the article in hand is finished); should they hang, the process is
     * halted after 60 s.
     */
    public static void exitProcess(Throwable cause) {
        LOG.error("the HTTP side failed and can no longer answer: stopping the service, status {}", EXIT_STATUS, cause);
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(EXIT_STATUS);
        }, "republish-halt");
        halt.setDaemon(true);
        halt.start();
        new Thread(() -> System.exit(EXIT_STATUS), "republish-exit").start();
    }

    /** The port listened on (the one chosen by the system when the setting is 0). */
    /** Adds the cluster to the status page and the metrics. */
    public void showCluster(java.util.function.Supplier<ClusterSnapshot> snapshot) {
        cluster = snapshot;
        page.showCluster(snapshot);
    }

    /** The status page's address, {@code http://host:port/}; empty until started. */
    public synchronized String address() {
        return server == null ? "" : "http://" + hostForUrl() + ":" + port() + "/";
    }

    public int port() {
        return server == null ? port : server.getAddress().getPort();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            if (group != null) {
                group.stopping();
            }
            server.stop(1);
            threads.shutdownNow();
            server = null;
        }
    }

    private String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    // ---- handlers

    private void health(HttpExchange ex) throws IOException {
        if (!isRead(ex)) {
            return;
        }
        String path = ex.getRequestURI().getRawPath();
        if (path.equals("/health/live")) {
            send(ex, 200, "application/json", "{\"status\":\"UP\"}\n");
        } else if (path.equals("/health/ready")) {
            Map<String, Boolean> checks = readiness.get();
            boolean up = checks.values().stream().allMatch(Boolean::booleanValue);
            StringBuilder json = new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":{");
            String sep = "";
            for (Map.Entry<String, Boolean> c : checks.entrySet()) {
                json.append(sep).append('"').append(c.getKey()).append("\":\"").append(c.getValue() ? "UP" : "DOWN")
                        .append('"');
                sep = ",";
            }
            send(ex, up ? 200 : 503, "application/json", json.append("}}\n").toString());
        } else {
            notFound(ex);
        }
    }

    private void metrics(HttpExchange ex) throws IOException {
        if (!isRead(ex)) {
            return;
        }
        if (!ex.getRequestURI().getRawPath().equals("/metrics")) {
            notFound(ex);
            return;
        }
        java.util.function.Supplier<ClusterSnapshot> shown = cluster;
        send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape() + (shown == null ? "" : ClusterSection.metrics(shown.get())));
    }

    private void root(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getRawPath().equals("/")) {
            notFound(ex);
            return;
        }
        if (!isRead(ex)) {
            return;
        }
        StatusPage.Filter filter;
        try {
            filter = StatusPage.Filter.of(query(ex.getRequestURI().getRawQuery()));
        } catch (IllegalArgumentException e) {
            send(ex, 400, "text/plain; charset=utf-8", "Bad query.\n");
            return;
        }
        pageHeaders(ex);
        send(ex, 200, "text/html; charset=utf-8", page.render(null, false, readiness.get(), filter));
    }

    private void outputFile(HttpExchange ex) throws IOException {
        if (!isRead(ex)) {
            return;
        }
        Optional<String> relative = decodedPath(ex.getRequestURI().getRawPath().substring("/output/".length()));
        if (relative.isEmpty()) {
            send(ex, 400, "text/plain; charset=utf-8", "Bad request path.\n");
            return;
        }
        Optional<Path> file = output.file(relative.get());
        if (file.isEmpty()) {
            notFound(ex);
            return;
        }
        Path f = file.get();
        String name = f.getFileName().toString();
        var headers = ex.getResponseHeaders();
        headers.set("Content-Type", contentType(name));
        headers.set("X-Content-Type-Options", "nosniff");
        // an output page is shown as a document, never as a part of this site that could act on it
        headers.set("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        if (!name.endsWith(".html") && !name.endsWith(".pdf")) {
            headers.set("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        long size = Files.size(f);
        if (ex.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Long.toString(size));
            ex.sendResponseHeaders(200, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(200, size == 0 ? -1 : size);
        Files.copy(f, ex.getResponseBody()); // closed by guarded(): see send()
    }

    private void thumbnail(HttpExchange ex) throws IOException {
        if (!isRead(ex)) {
            return;
        }
        Optional<Path> pdf = decodedPath(ex.getRequestURI().getRawPath().substring("/thumb/".length()))
                .filter(p -> p.endsWith(".pdf")).flatMap(output::file);
        if (pdf.isEmpty()) {
            notFound(ex);
            return;
        }
        byte[] png;
        try {
            png = thumbnails.firstPage(pdf.get());
        } catch (IOException e) {
            LOG.warn("no thumbnail for {}: {}", pdf.get().getFileName(), e.toString());
            notFound(ex);
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "image/png");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, png.length);
        ex.getResponseBody().write(png); // closed by guarded(): see send()
    }

    private void upload(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getRawPath().equals("/upload")) {
            notFound(ex);
            return;
        }
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            send(ex, 405, "text/plain; charset=utf-8", "Use the form on the status page to upload.\n");
            return;
        }
        if (crossSite(ex)) {
            send(ex, 403, "text/plain; charset=utf-8", "Uploads are accepted from the status page only.\n");
            return;
        }
        Optional<String> boundary = MultipartForm.boundary(ex.getRequestHeaders().getFirst("Content-Type"));
        if (boundary.isEmpty()) {
            sendPage(ex, 400, "The upload was not sent as a form with a file (multipart/form-data).", true);
            return;
        }
        long cap = uploads.maxBytes() + FORM_OVERHEAD;
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        byte[] body = declared != null && parseLong(declared) > cap ? null : readAtMost(ex.getRequestBody(), cap);
        if (body == null) {
            sendPage(ex, 413, "The file is larger than the limit of " + uploads.maxBytes()
                    + " bytes (" + uploads.limitWhy() + ").", true);
            return;
        }
        try {
            List<MultipartForm.Part> parts = MultipartForm.parse(body, boundary.get());
            MultipartForm.Part file = parts.stream().filter(pt -> "file".equals(pt.name()) && pt.fileName() != null)
                    .findFirst().orElseThrow(() -> new Uploads.Refused(400, "Choose a file to upload."));
            String stored = uploads.accept(file.fileName(), file.bytes());
            LOG.info("uploaded file=\"{}\" bytes={} from={}", stored, file.bytes().length,
                    ex.getRemoteAddress().getAddress().getHostAddress());
            sendPage(ex, 200, "Uploaded " + stored + ": it is in input/ and will be published in a moment.", false);
        } catch (Uploads.Refused e) {
            sendPage(ex, e.status(), e.getMessage(), true);
        } catch (IOException e) {
            // the file could not be stored (a full disk, say): say so, rather than drop the connection
            LOG.error("upload could not be stored in the input folder: {}", e.toString());
            sendPage(ex, 500, "The file could not be stored in the input folder (" + e.getMessage() + ").", true);
        } catch (IllegalArgumentException e) {
            sendPage(ex, 400, "The upload could not be read: " + e.getMessage() + ".", true);
        }
    }

    // ---- the editor's desk

    private void desk(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        switch (path) {
            case "/desk/held", "/desk/published" -> {
                if (!isRead(ex)) {
                    return;
                }
                Map<String, String> query;
                try {
                    query = query(ex.getRequestURI().getRawQuery());
                } catch (IllegalArgumentException e) {
                    send(ex, 400, "text/plain; charset=utf-8", "Bad query.\n");
                    return;
                }
                deskPage(ex, path, query, null, false, 200);
            }
            case "/desk/publish", "/desk/refuse", "/desk/republish" -> deskAction(ex, path);
            default -> notFound(ex);
        }
    }

    private void deskPage(HttpExchange ex, String path, Map<String, String> query, String message, boolean error,
            int status) throws IOException {
        DeskGuard.Session session = guard.find(ex.getRequestHeaders().getFirst("Cookie")).orElse(null);
        if (session == null) {
            session = guard.open();
            ex.getResponseHeaders().add("Set-Cookie", DeskGuard.setCookie(session));
        }
        DeskPages.Access access = new DeskPages.Access(session.token(), guard.needsPassword(session),
                guard.actionsOff().orElse(null));
        String html;
        if (path.equals("/desk/held")) {
            String name = query.get("file");
            Optional<Path> held = desk.held(name);
            if (held.isEmpty()) {
                // resolved meanwhile (in another tab, by another editor): the status page says where it is now
                sendPage(ex, 404, "No article " + (name == null ? "" : "named " + name + " ") + "is held now: "
                        + "see below whether it is waiting, published or refused.", true);
                return;
            }
            String reason = inputFolder.refused(true, Integer.MAX_VALUE).stream().filter(r -> r.name().equals(name))
                    .map(InputFolder.Refused::reason).findFirst().orElse("");
            Optional<Pipeline.Review> review = Optional.empty();
            String unreadable = "the service runs without its pipeline";
            if (pipeline != null) {
                try {
                    if (Files.size(held.get()) > uploads.maxBytes()) {
                        unreadable = "it is larger than the input limit";
                    } else {
                        review = Optional.of(pipeline.review(new InputDocument(name, Files.readAllBytes(held.get()),
                                inputFolder.root())));
                    }
                } catch (PublishException e) {
                    unreadable = e.getMessage();
                } catch (RuntimeException e) {
                    // a fault in reading this one article: the editor can still refuse it from the page
                    LOG.warn("the desk could not read held file=\"{}\"", name, e);
                    unreadable = "republish failed while reading it (" + e + "); see the service log";
                }
            }
            html = deskPages.held(name, reason, review, unreadable,
                    pipeline == null ? List.of() : pipeline.profiles(), access, message, error);
        } else {
            String folder = query.get("folder");
            Optional<com.fasterxml.jackson.databind.JsonNode> manifest = desk.manifest(folder);
            if (manifest.isEmpty()) {
                sendPage(ex, 404, "No published article is in that folder.", true);
                return;
            }
            html = deskPages.published(folder, manifest.get(), fidelity(manifest.get()), access, message, error);
        }
        pageHeaders(ex);
        send(ex, status, "text/html; charset=utf-8", html);
    }

    /** The word-fidelity check run again on the input a published article was made from, when it is at hand. */
    private Optional<org.republish.clean.FidelityResult> fidelity(com.fasterxml.jackson.databind.JsonNode manifest) {
        if (pipeline == null) {
            return Optional.empty();
        }
        try {
            Optional<Path> done = desk.inputOf(manifest);
            if (done.isEmpty() || Files.size(done.get()) > uploads.maxBytes()) {
                return Optional.empty();
            }
            String name = manifest.path("input").path("name").asText();
            return pipeline.fidelity(new InputDocument(name, Files.readAllBytes(done.get()), inputFolder.root()));
        } catch (IOException | PublishException e) {
            // held or refused now (its sidecar changed since, say): the page says what was true when published
            LOG.debug("no fidelity check for {}: {}", manifest.path("input").path("name").asText(), e.toString());
            return Optional.empty();
        }
    }

    /** Longest desk form accepted: a few fields of text. */
    private static final int DESK_FORM_BYTES = 64 * 1024;

    private void deskAction(HttpExchange ex, String path) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            send(ex, 405, "text/plain; charset=utf-8", "Use the forms on the desk's pages.\n");
            return;
        }
        if (crossSite(ex)) {
            LOG.warn("desk action {} refused from={}: sent from another site's page (Origin {})", path,
                    ex.getRemoteAddress().getAddress().getHostAddress(), ex.getRequestHeaders().getFirst("Origin"));
            send(ex, 403, "text/plain; charset=utf-8", "The desk's actions are accepted from its own pages only.\n");
            return;
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            sendPage(ex, 400, "The desk's forms are sent as application/x-www-form-urlencoded.", true);
            return;
        }
        byte[] body = readAtMost(ex.getRequestBody(), DESK_FORM_BYTES);
        if (body == null) {
            sendPage(ex, 413, "The form is too large.", true);
            return;
        }
        Map<String, String> form;
        try {
            form = query(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            sendPage(ex, 400, "The form could not be read.", true);
            return;
        }
        Optional<String> refused = guard.refusal(ex.getRequestHeaders().getFirst("Cookie"), form.get("token"),
                form.get("password"));
        if (refused.isPresent()) {
            LOG.warn("desk action {} refused from={}: {}", path, ex.getRemoteAddress().getAddress().getHostAddress(),
                    refused.get());
            sendPage(ex, 403, refused.get(), true);
            return;
        }
        try {
            String done = switch (path) {
                case "/desk/publish" -> desk.publishHeld(form.get("file"), new Desk.Decision(form.get("licence"),
                        form.get("profile"), changed(form, "title"), authors(changed(form, "authors")),
                        changed(form, "source"), changed(form, "original_url")));
                case "/desk/refuse" -> desk.refuseHeld(form.get("file"), form.get("reason"));
                default -> desk.republishWithout(form.get("folder"), form.get("rule"));
            };
            LOG.info("desk {} from={}: {}", path, ex.getRemoteAddress().getAddress().getHostAddress(), done);
            sendPage(ex, 200, done, false);
        } catch (Uploads.Refused e) {
            // back to the page the form was on, when there still is one, with what to change
            if (!path.equals("/desk/republish") && desk.held(form.get("file")).isPresent()) {
                deskPage(ex, "/desk/held", Map.of("file", form.get("file")), e.getMessage(), true, e.status());
            } else if (path.equals("/desk/republish") && desk.manifest(form.get("folder")).isPresent()) {
                deskPage(ex, "/desk/published", Map.of("folder", form.get("folder")), e.getMessage(), true, e.status());
            } else {
                sendPage(ex, e.status(), e.getMessage(), true);
            }
        } catch (IOException e) {
            LOG.error("desk action {} failed: {}", path, e.toString());
            sendPage(ex, 500, "The action could not be completed (" + e.getMessage() + "); nothing was lost: "
                    + "see the service log.", true);
        }
    }

    /** A field's value if the editor changed it from what the page showed, else null (the article's stays). */
    private static String changed(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.strip().equals(form.getOrDefault(DeskPages.WAS + field, "").strip()) ? null : value;
    }

    private static List<String> authors(String field) {
        return field == null ? List.of() : List.of(field.split(";"));
    }

    /** Decoded {@code key=value&...} pairs, the first value of each key; malformed escapes throw. */
    static Map<String, String> query(String raw) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }

    // ---- helpers

    /**
     * Wraps a handler with the checks every request passes: a loopback-bound
     * server answers only to loopback host names, and a handler's failure is
     * a logged 500, not a dropped connection.
     */
    private HttpHandler guarded(HttpHandler handler) {
        return ex -> {
            try {
                if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                    send(ex, 403, "text/plain; charset=utf-8", "Unknown host name.\n");
                    return;
                }
                handler.handle(ex);
            } catch (IOException e) {
                // mostly a client that went away mid-response
                LOG.debug("http {} {}: {}", ex.getRequestMethod(), ex.getRequestURI(), e.toString());
            } catch (OutOfMemoryError e) {
                // the heap is shared with the articles in hand: this request fails, the server goes on
                LOG.error("http {} {}: out of memory", ex.getRequestMethod(), ex.getRequestURI());
                try {
                    send(ex, 503, "text/plain; charset=utf-8", "Out of memory; try again in a moment.\n");
                } catch (IOException | RuntimeException | OutOfMemoryError ignored) {
                    // the response had already begun, or there is still no memory
                }
            } catch (RuntimeException e) {
                LOG.error("http {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
                try {
                    send(ex, 500, "text/plain; charset=utf-8", "Internal error; see the service log.\n");
                } catch (IOException | RuntimeException ignored) {
                    // the response had already begun
                }
            } finally {
                ex.close();
            }
        };
    }

    private boolean hostAllowed(String hostHeader) {
        if (!isLoopback(host)) {
            return true;
        }
        if (hostHeader == null) {
            return false;
        }
        String name = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(1, end);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("localhost") || name.equals("::1") || LOOPBACK_V4.matcher(name).matches();
    }

    /** A literal IPv4 loopback address, 127.0.0.0/8: "127.0.0.1", never a name such as "127.0.0.1.attacker.example". */
    private static final java.util.regex.Pattern LOOPBACK_V4 = java.util.regex.Pattern.compile(
            "127(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** A browser says where a form came from: refuse one sent from another site's page. */
    private static boolean crossSite(HttpExchange ex) {
        String fetchSite = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            String host = ex.getRequestHeaders().getFirst("Host");
            String originHost = o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort());
            return host == null || !originHost.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true; // "null" and other opaque origins
        }
    }

    /**
     * Percent-decodes a request path once, strictly. Empty when it holds a
     * malformed escape, a backslash, a control character, or still holds a
     * '%' after decoding (a double-encoded path: nothing here has one).
     */
    static Optional<String> decodedPath(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7e) {
                return Optional.empty();
            } else {
                out.write(c);
            }
        }
        String decoded = out.toString(StandardCharsets.UTF_8);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '%' || c == '\ufffd') {
                return Optional.empty();
            }
        }
        return Optional.of(decoded);
    }

    private boolean isRead(HttpExchange ex) throws IOException {
        String m = ex.getRequestMethod();
        if (m.equals("GET") || m.equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", "Method not allowed.\n");
        return false;
    }

    private void sendPage(HttpExchange ex, int status, String message, boolean error) throws IOException {
        pageHeaders(ex);
        send(ex, status, "text/html; charset=utf-8", page.render(message, error, readiness.get()));
    }

    private static void pageHeaders(HttpExchange ex) {
        var headers = ex.getResponseHeaders();
        headers.set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
    }

    private static void notFound(HttpExchange ex) throws IOException {
        send(ex, 404, "text/plain; charset=utf-8", "Not found.\n");
    }

    private static void send(HttpExchange ex, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        // Not closed here: guarded() closes the exchange, which closes the body. Closing the body first
        // leaks the connection when the client has gone (JDK 17: the body stream marks itself closed,
        // fails to flush, and the exchange's close then never closes the socket; issue 14, item 4).
        ex.getResponseBody().write(bytes);
    }

    /** The whole body, or null when it is longer than {@code cap}. */
    private static byte[] readAtMost(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > cap) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (lower.endsWith(".pdf")) {
            return "application/pdf";
        } else if (lower.endsWith(".epub")) {
            return "application/epub+zip";
        } else if (lower.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
