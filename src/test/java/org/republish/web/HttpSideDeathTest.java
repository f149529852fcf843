package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.config.Settings;

/**
 * Issue 14, item 3: when the JDK server's dispatcher thread dies (as it did from an
 * OutOfMemoryError under a large article), the server never answers again. The death
 * must be noticed: in the service, the process exits so that its supervisor restarts it.
 * An error cannot be made to happen in a JDK thread on demand, so the tests stop the
 * dispatcher with {@link Thread#stop()}, which throws an Error (ThreadDeath) in it, as
 * an OutOfMemoryError would.
 */
class HttpSideDeathTest {

    @TempDir
    Path work;

    @Test
    void aDeadDispatcherIsReported() throws Exception {
        CompletableFuture<Throwable> death = new CompletableFuture<>();
        WebServer server = server(work, death::complete);
        try {
            server.start();
            stopDispatcher(server);
            Throwable cause = death.get(10, TimeUnit.SECONDS);
            assertTrue(cause.getMessage().contains("HTTP-Dispatcher"), cause.getMessage());
        } finally {
            server.close();
        }
    }

    @Test
    void aStoppedServerIsNoDeath() throws Exception {
        CompletableFuture<Throwable> death = new CompletableFuture<>();
        WebServer server = server(work, death::complete);
        server.start();
        server.close();
        Thread.sleep(500);
        assertTrue(!death.isDone(), "a clean stop was reported as a death");
    }

    /** The real consequence, in a process of its own: it exits with status 70. */
    @Test
    void theProcessExitsWhenItsDispatcherDies() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx64m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(DyingServer.class.getName());
        cmd.add(work.toString());
        Path log = work.resolve("child.log");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child still runs: " + read(log));
            assertEquals(WebServer.EXIT_STATUS, child.exitValue(), read(log));
            assertTrue(read(log).contains("the HTTP side failed"), read(log));
        } finally {
            child.destroyForcibly();
        }
    }

    static WebServer server(Path work, java.util.function.Consumer<Throwable> onDeath) throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = Files.createDirectories(work.resolve("output"));
        return new WebServer(Settings.of(Map.of(WebServer.PORT, "0")), input, output, new ServiceMetrics(input),
                () -> Map.of("test", true), onDeath);
    }

    @SuppressWarnings({"deprecation", "removal"})
    static void stopDispatcher(WebServer server) {
        ThreadGroup group = server.threadGroup();
        Thread[] threads = new Thread[group.activeCount() + 10];
        int n = group.enumerate(threads);
        Thread dispatcher = null;
        for (int i = 0; i < n; i++) {
            if (threads[i].getName().equals("HTTP-Dispatcher")) {
                dispatcher = threads[i];
            }
        }
        assertNotNull(dispatcher, "the dispatcher is not in the server's thread group");
        dispatcher.stop();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The child: a server with the service's own reaction to a death, whose dispatcher then dies. */
    public static final class DyingServer {
        public static void main(String[] args) throws Exception {
            WebServer server = server(Path.of(args[0]), WebServer::exitProcess);
            server.start();
            stopDispatcher(server);
            Thread.sleep(30_000);
            System.exit(0); // not reached when the death is noticed
        }
    }
}
