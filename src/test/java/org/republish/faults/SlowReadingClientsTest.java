package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, leftovers of items 4 and 5: clients that ask for an output and
 * never read the reply each hold the thread writing it. More of them than the
 * HTTP side has threads left a health probe waiting for as long as they
 * stayed connected. With a reply deadline (sun.net.httpserver.maxRspTime,
 * which the service sets to 60 s unless given; 3 s here, so the test is
 * short) they are cut off and the probe is answered. The deadline is read
 * once per JVM, hence a service of its own.
 */
class SlowReadingClientsTest {

    private static final int REPLY_SECONDS = 3;
    /** More than the HTTP side's 64 threads. */
    private static final int CLIENTS = 70;

    @TempDir
    Path work;

    @Test
    void clientsThatNeverReadTheirReplyAreCutOffAndTheProbeIsAnswered() throws Exception {
        // larger than what the socket buffers of both ends hold, so that writing it blocks
        Path big = Files.createDirectories(work.resolve("output/big")).resolve("big.pdf");
        byte[] bytes = new byte[16 * 1024 * 1024];
        new Random(14).nextBytes(bytes);
        Files.write(big, bytes);
        Files.createDirectories(work.resolve("input"));

        try (ChildService service = new ChildService(work, Map.of(), "256m",
                List.of("-Dsun.net.httpserver.maxRspTime=" + REPLY_SECONDS))) {
            service.start(Duration.ofSeconds(120));
            int port = service.httpPort();
            List<Socket> readers = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    Socket s = new Socket();
                    s.setReceiveBufferSize(4096);
                    s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                    s.getOutputStream().write(("GET /output/big/big.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    readers.add(s);
                }
                long t0 = System.nanoTime();
                // without a reply deadline the probe waits for a thread as long as the clients stay connected
                String reply = get(port, "/health/live", 60_000);
                long waited = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("health answered after %d ms while %d clients did not read%n", waited, CLIENTS);
                assertTrue(reply.startsWith("HTTP/1.1 200"), reply);

                // and the connections of those that did not read were closed before all 16 MB were sent
                Socket first = readers.get(0);
                first.setSoTimeout(30_000);
                long received = 0;
                try (InputStream in = first.getInputStream()) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        received += n;
                    }
                } catch (IOException reset) {
                    // cut off: a reset is as good as an end
                }
                assertTrue(received < bytes.length, "a client that did not read got all " + received + " bytes");
            } finally {
                for (Socket s : readers) {
                    s.close();
                }
            }
            assertEquals("HTTP/1.1 200", get(port, "/health/live", 10_000).substring(0, 12));
        }
    }

    private static String get(int port, String path, int timeoutMillis) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
