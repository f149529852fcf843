package org.republish.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium driven over its DevTools protocol (a WebSocket, from the JDK's own
 * client): open a page, fill in and send its forms as a person would, read what it shows. The
 * browser sends its own Origin, Sec-Fetch-Site and cookies, which is what the desk's checks judge.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private String session;

    /** Starts Chromium with its profile, caches and log in {@code folder}, and opens a blank page. */
    public HeadlessChromium(Path folder) throws Exception {
        Path profile = Files.createDirectories(folder.resolve("profile"));
        Path home = Files.createDirectories(folder.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1200,900", "about:blank")
                .redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        process = builder.start();
        // the port it chose and the browser's address, written once it listens
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < deadline && lines.size() < 2) {
            Thread.sleep(100);
            if (Files.exists(active)) {
                lines = Files.readAllLines(active);
            }
            if (!process.isAlive()) {
                throw new IOException("chromium exited: " + Files.readString(folder.resolve("chromium.log")));
            }
        }
        if (lines.size() < 2) {
            process.destroyForcibly();
            throw new IOException("chromium did not open its DevTools port");
        }
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip()), new Listener())
                .get(30, TimeUnit.SECONDS);
        String target = call("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        session = call("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
    }

    /** Opens {@code url} and waits until it has loaded. */
    public void open(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
        waitForLoad(url);
    }

    /** The value of a JavaScript expression evaluated in the page (by DevTools, not by the page). */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + r.path("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Clicks the element the CSS selector finds (a submit button: the browser sends its form) and waits for the page that answers. */
    public void clickAndWait(String selector) throws Exception {
        evaluate("window.__before = true; document.querySelector(" + json.writeValueAsString(selector) + ").click()");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            JsonNode state = evaluate("(window.__before === undefined) + ' ' + document.readyState");
            if (state.asText().equals("true complete")) {
                return;
            }
        }
        throw new IllegalStateException("no new page after clicking " + selector);
    }

    /** Sets a field's value, as typing or choosing would. */
    public void fill(String selector, String value) throws Exception {
        evaluate("document.querySelector(" + json.writeValueAsString(selector) + ").value = "
                + json.writeValueAsString(value));
    }

    /** The page as it stands, as HTML. */
    public String html() throws Exception {
        return evaluate("document.documentElement.outerHTML").asText();
    }

    private void waitForLoad(String url) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = evaluate("location.href + ' ' + document.readyState");
            if (state.asText().equals(url + " complete")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("page did not load: " + url);
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(json.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.path("error"));
        }
        return reply.path("result");
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is stopped below either way
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Gathers a message's frames and hands each answer to the call waiting for it; events are let go. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = json.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> waiting = pending.remove(message.path("id").asInt());
                        if (waiting != null) {
                            waiting.complete(message);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: not an answer to any call, so nothing waits for it
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
