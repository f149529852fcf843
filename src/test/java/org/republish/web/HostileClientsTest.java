package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.config.Settings;

/**
 * Clients that misbehave against the HTTP side alone (no Camel, no renderers):
 * each test starts its own server on a free port.
 */
class HostileClientsTest {

    @TempDir
    Path work;
    WebServer server;

    @BeforeEach
    void start() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Path output = Files.createDirectories(work.resolve("output"));
        server = new WebServer(Settings.of(Map.of(WebServer.PORT, "0")), input, output, new ServiceMetrics(input),
                () -> Map.of("test", true));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The JDK server gets deadlines for reading a request and for taking its reply, unless given with -D. */
    @Test
    void theServerHasDeadlinesForTheRequestAndTheReply() {
        assertEquals(Long.toString(WebServer.REQUEST_READ_SECONDS_DEFAULT), System.getProperty(WebServer.REQUEST_READ_SECONDS));
        assertEquals(Long.toString(WebServer.REPLY_SECONDS_DEFAULT), System.getProperty(WebServer.REPLY_SECONDS));
    }

    /** Issue 14, item 4: a client that sends a request and closes without reading the reply. */
    @Test
    void clientsThatHangUpBeforeTheReplyLeakNoSockets() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to count open files");
        // warm up: the first requests open class files and selectors that stay open for good
        for (int i = 0; i < 5; i++) {
            assertEquals(200, status(get("/health/live")));
        }
        long before = openFiles();
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? "/health/live" : "/";
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                s.getOutputStream().write(request(path));
                s.getOutputStream().flush();
            } // closed at once: the reply is never read
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        long after = openFiles();
        while (after - before > 50 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = openFiles();
        }
        System.out.printf("open files: %d before, %d after 200 clients hung up%n", before, after);
        assertTrue(after - before <= 50, "open files grew from " + before + " to " + after
                + " after 200 clients hung up");
        assertEquals(200, status(get("/health/live")));
    }

    /**
     * Issue 14, item 5: clients that send a header line every few seconds and never finish their
     * request (more of them than the server once had threads) must not keep a health probe waiting,
     * and are cut off once the request read deadline has passed.
     */
    @Test
    void slowClientsDoNotStarveTheHealthProbe() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(
                    WebServer.REQUEST_READ_SECONDS_DEFAULT + 10);
            boolean cutOff = false;
            int probes = 0;
            while (!cutOff && System.nanoTime() < deadline) {
                long t0 = System.nanoTime();
                // a starved probe waits for ever; a busy machine may still take a moment
                assertEquals(200, status(get("/health/live", 8_000)), "health while " + slow.size() + " clients dawdle");
                probes++;
                assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "the probe took over 5 s");
                // one more header line each, as a slowloris client does; a cut-off client sees its socket closed
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
                        s.setSoTimeout(1);
                        cutOff |= s.getInputStream().read() < 0;
                    } catch (java.net.SocketTimeoutException e) {
                        // still open: nothing to read yet
                    } catch (IOException e) {
                        cutOff = true;
                    }
                }
                Thread.sleep(1_000);
            }
            System.out.printf("%d health probes answered while 12 clients dawdled; cut off: %s%n", probes, cutOff);
            assertTrue(cutOff, "no slow client was cut off within the request read deadline");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    // ---- a raw HTTP/1.1 client: the tests need control the JDK's client does not give

    static byte[] request(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    String get(String path) throws IOException {
        return get(path, 10_000);
    }

    String get(String path, int timeoutMillis) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            OutputStream out = s.getOutputStream();
            out.write(request(path));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static int status(String response) {
        assertTrue(response.startsWith("HTTP/1.1 "), response);
        return Integer.parseInt(response.substring(9, 12));
    }

    static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
