package org.republish.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a set of durations in milliseconds (nearest-rank). */
record Latencies(double[] sortedMs) {

    static Latencies of(List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return new Latencies(a);
    }

    int count() {
        return sortedMs.length;
    }

    /** The p-th percentile (0 to 100), nearest rank; NaN when empty. */
    double percentile(double p) {
        if (sortedMs.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMs.length);
        return sortedMs[Math.max(0, Math.min(sortedMs.length - 1, rank - 1))];
    }

    double max() {
        return sortedMs.length == 0 ? Double.NaN : sortedMs[sortedMs.length - 1];
    }

    /** "p50 123 ms, p95 ..., p99 ..., max ..." */
    String summary() {
        return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (n=%d)",
                percentile(50), percentile(95), percentile(99), max(), count());
    }
}
