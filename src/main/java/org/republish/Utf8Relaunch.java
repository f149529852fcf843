package org.republish;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Under a locale that cannot spell non-ASCII file names (LANG=C, LC_ALL=POSIX...) the JVM reads
 * every file name through that encoding ({@code sun.jnu.encoding}), fixed at start-up: a file named
 * "ünï-日本.md" can be neither listed nor opened, and its name given on the command line arrives as
 * question marks. On Linux, {@link App#main} then starts the same JVM again with {@code LC_ALL=C.UTF-8},
 * relays its standard streams (inherited), SIGTERM and SIGINT, and exits with its status.
 *
 * <p>The arguments cannot cross over as Java strings (they were decoded, and would be encoded, in the
 * very encoding that loses them), so the new JVM reads its parent's {@code /proc/PID/cmdline} as bytes
 * and decodes the application's arguments as UTF-8. The variable {@value #GUARD} (the parent's pid)
 * tells the new JVM it was relaunched, so it never relaunches again; if the parent dies without
 * stopping it (SIGKILL), it stops itself as on SIGTERM.
 */
final class Utf8Relaunch {

    static final String GUARD = "REPUBLISH_UTF8_RELAUNCH";
    static final String LOCALE = "C.UTF-8";
    /** -Drepublish.relaunch=false keeps the JVM as started (the start-up warning stays). */
    static final String SWITCH = "republish.relaunch";

    private Utf8Relaunch() {
    }

    static boolean namesAreUtf8() {
        String names = System.getProperty("sun.jnu.encoding", "");
        return names.isEmpty() || names.replace("-", "").equalsIgnoreCase("UTF8");
    }

    /** This JVM was started again by {@link #relaunch}: the launcher's pid, else empty. */
    static OptionalInt launcher() {
        String guard = System.getenv(GUARD);
        if (guard == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(guard.split(":", 2)[0].trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.of(-1);
        }
    }

    /**
     * Runs this JVM again under a UTF-8 locale when file names cannot be read here and that can help;
     * returns the new JVM's exit status, or empty when this JVM should go on itself.
     */
    static OptionalInt relaunchIfNeeded(String[] args) {
        if (namesAreUtf8() || launcher().isPresent() || "false".equals(System.getProperty(SWITCH))
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || !Files.isReadable(Path.of("/proc/self/cmdline"))) {
            return OptionalInt.empty();
        }
        List<String> command = command(args);
        if (command == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(relaunch(command));
        } catch (IOException e) {
            System.err.println("republish: could not start the JVM again under LC_ALL=" + LOCALE + ": " + e);
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /** The same java, JVM options, class path or jar and main class; null when they cannot be told. */
    static List<String> command(String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String javaCommand = System.getProperty("sun.java.command", "");
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && (javaCommand.equals(classPath) || javaCommand.startsWith(classPath + " "))) {
            cmd.add("-jar");
            cmd.add(classPath);
        } else {
            // "org.republish.App args...": the first word is the main class
            String main = javaCommand.split(" ", 2)[0];
            if (main.isEmpty() || main.endsWith(".jar")) {
                return null;
            }
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(main);
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static int relaunch(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", LOCALE);
        // their options are among this JVM's input arguments already
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put(GUARD, ProcessHandle.current().pid() + ":" + System.getProperty("sun.jnu.encoding"));
        Process child = builder.start();
        for (String signal : List.of("TERM", "INT")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> child.destroy());
            } catch (IllegalArgumentException unavailable) {
                // the JVM's own handling stays; the shutdown hook below still stops the child
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "relaunched-jvm-stop"));
        return child.waitFor();
    }

    /**
     * In the relaunched JVM: the application's arguments as the launcher received them, read as bytes
     * from its /proc/PID/cmdline and decoded as UTF-8 (the launcher could only pass them on mangled);
     * {@code given} when that cannot be read or does not match.
     */
    static String[] originalArguments(String[] given) {
        OptionalInt pid = launcher();
        if (pid.isEmpty() || pid.getAsInt() <= 0) {
            return given;
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(Path.of("/proc", Integer.toString(pid.getAsInt()), "cmdline"));
        } catch (IOException | RuntimeException e) {
            return given;
        }
        List<String> items = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                items.add(new String(raw, from, i - from, StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        if (from < raw.length) {
            items.add(new String(raw, from, raw.length - from, StandardCharsets.UTF_8));
        }
        if (items.size() < given.length + 1) {
            return given;
        }
        List<String> tail = items.subList(items.size() - given.length, items.size());
        for (int i = 0; i < given.length; i++) {
            // the launcher's copy must be the same argument, only with its non-ASCII characters lost
            if (!sameButMangled(given[i], tail.get(i))) {
                return given;
            }
        }
        return tail.toArray(new String[0]);
    }

    /** {@code mangled} could be {@code original} read through an ASCII locale: the same ASCII characters. */
    private static boolean sameButMangled(String mangled, String original) {
        return asciiOf(mangled).equals(asciiOf(original));
    }

    private static String asciiOf(String s) {
        StringBuilder kept = new StringBuilder();
        s.chars().filter(c -> c < 0x80 && c != '?').forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** In the relaunched JVM: the one line saying so (or, when it did not help, why). */
    static void logRelaunched() {
        String guard = System.getenv(GUARD);
        String before = guard.contains(":") ? guard.split(":", 2)[1] : "?";
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(App.class);
        if (namesAreUtf8()) {
            log.info("started again under LC_ALL={} by pid {}: the locale it was started in reads file names as {}, "
                    + "which cannot spell accents or non-Latin letters", LOCALE, launcher().getAsInt(), before);
        } else {
            log.warn("started again under LC_ALL={} by pid {}, but file names are still read as {}: the {} locale "
                    + "seems not to be installed here", LOCALE, launcher().getAsInt(),
                    System.getProperty("sun.jnu.encoding"), LOCALE);
        }
    }

    /** In the relaunched JVM: stop as on SIGTERM if the launcher dies without stopping this JVM. */
    static void followLauncher() {
        OptionalInt pid = launcher();
        if (pid.isEmpty() || pid.getAsInt() <= 0) {
            return;
        }
        ProcessHandle.of(pid.getAsInt()).ifPresentOrElse(
                parent -> parent.onExit().thenRun(Utf8Relaunch::stopSelf),
                Utf8Relaunch::stopSelf);
    }

    private static void stopSelf() {
        try {
            sun.misc.Signal.raise(new sun.misc.Signal("TERM"));
        } catch (IllegalArgumentException e) {
            System.exit(143);
        }
    }
}
