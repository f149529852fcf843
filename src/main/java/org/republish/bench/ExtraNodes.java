package org.republish.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.republish.config.Settings;

/**
 * The other nodes of a cluster bench: services in processes of their own,
 * started as this JVM was (its jar, or its class path and main class), with the bench's settings (each with its
 * own name and a free port), sharing the bench's input and output folders
 * and database. Closing stops them (SIGTERM, then SIGKILL after 60 s).
 */
final class ExtraNodes implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();

    static ExtraNodes start(int count, Settings settings, Path work, List<String> jvmOptions, Duration timeout)
            throws IOException, InterruptedException {
        ExtraNodes nodes = new ExtraNodes();
        List<Path> logs = new ArrayList<>();
        try {
            for (int i = 2; i <= count + 1; i++) {
                Properties p = settings.asProperties();
                p.setProperty("republish.node", "bench-" + i);
                p.setProperty("republish.http.port", "0");
                Path config = work.resolve("node-" + i + ".properties");
                try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                    p.store(w, "bench node " + i);
                }
                Path log = work.resolve("node-" + i + ".log");
                List<String> cmd = new ArrayList<>();
                cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                cmd.addAll(jvmOptions);
                cmd.addAll(launcher());
                cmd.addAll(List.of("serve", "--config", config.toString()));
                nodes.processes.add(new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start());
                logs.add(log);
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            for (int i = 0; i < logs.size(); i++) {
                while (!Files.exists(logs.get(i)) || !Files.readString(logs.get(i)).contains("republish ready")) {
                    if (!nodes.processes.get(i).isAlive() || System.nanoTime() > deadline) {
                        throw new IOException("bench node " + (i + 2) + " did not start; its log: " + logs.get(i));
                    }
                    Thread.sleep(100);
                }
            }
            return nodes;
        } catch (IOException | InterruptedException | RuntimeException e) {
            nodes.close();
            throw e;
        }
    }

    /** How this JVM was started, to start the others alike: its jar, or its class path and main class. */
    private static List<String> launcher() {
        String started = System.getProperty("sun.java.command", "").split(" ")[0];
        if (started.endsWith(".jar")) {
            return List.of("-jar", started);
        }
        if (started.isEmpty()) {
            throw new IllegalStateException("cannot tell how this JVM was started; run the bench with java -jar");
        }
        return List.of("-cp", System.getProperty("java.class.path"), started);
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
