package dev.lodestar.bench;

import java.util.Arrays;

/**
 * Latencies collected from many threads when their number is not known in advance (a phase knows its count; the
 * board fetches of a co-creation run do not). Percentiles by nearest rank, as {@link Phase} computes them.
 */
final class Samples {

	private long[] nanos = new long[1024];

	private int size;

	synchronized void add(long latencyNanos) {
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = latencyNanos;
	}

	synchronized int count() {
		return size;
	}

	/** The latency at quantile q (nearest rank), in milliseconds; NaN when there is none. */
	double percentileMillis(double q) {
		long[] sorted = sorted();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] / 1e6;
	}

	double maxMillis() {
		long[] sorted = sorted();
		return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
	}

	/** "p50 x / p95 y / p99 z / max w ms" for a line of output. */
	String summary() {
		return "p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms".formatted(percentileMillis(0.50), percentileMillis(0.95),
				percentileMillis(0.99), maxMillis());
	}

	private synchronized long[] sorted() {
		long[] copy = Arrays.copyOf(nanos, size);
		Arrays.sort(copy);
		return copy;
	}
}
