package org.republish.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as a separate process, started the way an operator starts it:
 * {@code java -jar target/republish.jar serve} when the system property
 * {@code fault.jar} names the packaged jar (the script src/test/scripts/fault-test.sh
 * does that), else {@code java -cp <test class path> org.republish.App serve},
 * which is the same code before packaging. Its output goes to a log file.
 * Always {@link #close()} it: that kills the process if it is still running.
 */
final class ChildService implements AutoCloseable {

    private final Path work;
    private final Path log;
    private final List<String> command;
    private final Map<String, String> environment = new java.util.HashMap<>();
    private Process process;
    private long logOffset;

    /**
     * @param work folder holding input/ and output/ and the service's settings file
     * @param settings republish.* keys written to the settings file given with --config
     */
    ChildService(Path work, Map<String, String> settings) throws IOException {
        this(work, settings, "512m");
    }

    /** @param heap the child's -Xmx */
    ChildService(Path work, Map<String, String> settings, String heap) throws IOException {
        this(work, settings, heap, List.of(), "service");
    }

    /**
     * @param heap       the child's -Xmx
     * @param jvmOptions more options for the child's JVM (system properties read once, say)
     */
    ChildService(Path work, Map<String, String> settings, String heap, List<String> jvmOptions) throws IOException {
        this(work, settings, heap, jvmOptions, "service");
    }

    /** @param name names its log and settings files ({@code name.log}), so several can share one folder */
    ChildService(Path work, Map<String, String> settings, String heap, List<String> jvmOptions, String name)
            throws IOException {
        this.work = work;
        this.log = work.resolve(name + ".log");
        StringBuilder props = new StringBuilder();
        Map<String, String> all = new java.util.TreeMap<>(settings);
        // a free port, never the default: a service the user runs on this machine must not fail the tests
        all.putIfAbsent("republish.http.port", "0");
        all.forEach((k, v) -> props.append(k).append(" = ").append(v).append('\n'));
        Path config = work.resolve(name + ".properties");
        Files.writeString(config, props.toString(), StandardCharsets.UTF_8);

        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-XX:+UseSerialGC"));
        options.addAll(jvmOptions);
        List<String> cmd = application(options.toArray(String[]::new));
        cmd.addAll(List.of("serve", "--config", config.toString(),
                "--input", work.resolve("input").toString(),
                "--output", work.resolve("output").toString(),
                "--routes", Path.of("routes").toAbsolutePath().toString()));
        this.command = List.copyOf(cmd);
    }

    /**
     * The command that starts republish in a JVM of its own with {@code jvmOptions}, up to (not including)
     * the subcommand: the packaged jar when {@code -Dfault.jar} names it, else this test run's class path.
     */
    static List<String> application(String... jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmOptions));
        cmd.add("-Djava.awt.headless=true");
        // keep PDFBox's font cache where the tests keep theirs, never in the real home folder
        for (String key : List.of("user.home", "pdfbox.fontcache")) {
            if (System.getProperty(key) != null) {
                cmd.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        String jar = System.getProperty("fault.jar", "");
        if (!jar.isBlank()) {
            cmd.add("-jar");
            cmd.add(Path.of(jar).toAbsolutePath().toString());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("org.republish.App");
        }
        return cmd;
    }

    /** How the process is started, for reports. */
    String launchedAs() {
        return System.getProperty("fault.jar", "").isBlank() ? "java -cp <test class path> org.republish.App serve"
                : "java -jar " + System.getProperty("fault.jar") + " serve";
    }

    /** Sets variables in the process's environment (e.g. LANG=C), for the next {@link #start}. */
    ChildService environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** Starts the process and waits until it logs that it is ready. */
    void start(Duration timeout) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        logOffset = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!logSinceStart().contains("republish ready")) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " while starting:\n"
                        + tail(4000));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service was not ready within " + timeout + ":\n" + tail(4000));
            }
            Thread.sleep(50);
        }
    }

    /** kill -9: no shutdown hook, no finishing anything. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits for the exit; returns the exit status, or -1 if it did not exit in time. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return -1;
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** What the service logged since its last start. */
    /** The port its HTTP side listens on, as logged at start-up. */
    int httpPort() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("metrics on http://[^:/]+:(\\d+)/")
                .matcher(logSinceStart());
        if (!m.find()) {
            throw new IllegalStateException("the service logged no HTTP port:\n" + tail(4000));
        }
        return Integer.parseInt(m.group(1));
    }

    String logSinceStart() throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(logOffset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    /** The whole log (every start), for counting and for failure messages. */
    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    String tail(int chars) {
        try {
            String all = log();
            return all.substring(Math.max(0, all.length() - chars));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
