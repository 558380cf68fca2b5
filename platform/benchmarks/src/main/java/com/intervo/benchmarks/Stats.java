package com.intervo.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Summary of a series of durations (nanoseconds in, milliseconds out). Percentiles are nearest-rank. */
record Stats(int n, double meanMs, double p50Ms, double p95Ms, double maxMs, double minMs, double totalMs) {

    static Stats of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Stats(0, 0, 0, 0, 0, 0, 0);
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        long total = 0;
        for (long n : sorted) {
            total += n;
        }
        return new Stats(
                sorted.size(),
                ms(total) / sorted.size(),
                ms(rank(sorted, 0.50)),
                ms(rank(sorted, 0.95)),
                ms(sorted.getLast()),
                ms(sorted.getFirst()),
                ms(total));
    }

    private static long rank(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    String row() {
        return String.format(
                Locale.ROOT, "%d | %.1f | %.1f | %.1f | %.1f | %.2f s", n, meanMs, p50Ms, p95Ms, maxMs, totalMs / 1000);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "n=%d mean=%.1f ms p50=%.1f ms p95=%.1f ms max=%.1f ms min=%.1f ms total=%.2f s",
                n,
                meanMs,
                p50Ms,
                p95Ms,
                maxMs,
                minMs,
                totalMs / 1000);
    }
}
