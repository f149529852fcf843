package org.republish.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of this process: resident set size from /proc (Linux) and the Java heap after a collection. */
final class Memory {

    private Memory() {
    }

    /** Peak resident set size in MB (VmHWM), or -1 where /proc is not available. */
    static long peakRssMb() {
        return statusKb("VmHWM:") / 1024;
    }

    /** Current resident set size in MB (VmRSS), or -1. */
    static long rssMb() {
        return statusKb("VmRSS:") / 1024;
    }

    /** Heap in use after a full collection, in MB: what the process really keeps. */
    static long heapAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** The largest heap the JVM may grow to, in MB. */
    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1024;
    }
}
