package org.republish.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own for a test: a new data folder in a fresh
 * temporary folder, on a free loopback port, started with the server programs
 * installed on the machine (Debian's postgresql package; {@code .ci/run}
 * installs it). PostgreSQL refuses to run as root: under root it runs as the
 * {@code postgres} user, which that package creates.
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "republish";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final List<String> runAs;

    private LocalPostgres(Path bin, Path dir, int port, List<String> runAs) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.runAs = runAs;
    }

    static LocalPostgres start() throws IOException, InterruptedException {
        Path bin = serverPrograms();
        Path dir = Files.createTempDirectory("republish-pg-");
        List<String> runAs = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            runAs = List.of("runuser", "-u", "postgres", "--");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        LocalPostgres pg = new LocalPostgres(bin, dir, port, runAs);
        pg.run("initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", USER, "-E", "UTF8", "--no-sync");
        pg.startServer();
        return pg;
    }

    /** The folder of initdb and pg_ctl: -Dpostgres.bin, else the newest under /usr/lib/postgresql. */
    private static Path serverPrograms() throws IOException {
        String given = System.getProperty("postgres.bin", "");
        if (!given.isBlank()) {
            return Path.of(given);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            }
        }
        throw new IllegalStateException("The cluster test needs a PostgreSQL server's programs (initdb, pg_ctl) and "
                + "found none under /usr/lib/postgresql: install them (Debian: apt-get install postgresql; .ci/run does) "
                + "or name their folder with -Dpostgres.bin=DIR");
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the server (again), waiting until it accepts connections. */
    void startServer() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** Stops the server at once, as a crash or a network cut would look to the nodes (connections dropped). */
    void stopServer() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-w", "-m", "immediate", "stop");
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(runAs);
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } catch (IOException alreadyStopped) {
            // stopped by the test, or never started
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
