package dev.lodestar.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one phase measured: every request's latency, the errors and what the server used meanwhile. */
final class Phase {

	/** How many error answers are printed in full, per phase. */
	static final int ERRORS_SHOWN = 3;

	final String name;

	final boolean measured;

	private final long[] latencies;

	private final AtomicInteger answered = new AtomicInteger();

	private final AtomicInteger errors = new AtomicInteger();

	private final AtomicLong bytes = new AtomicLong();

	private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

	private final AtomicInteger errorsKept = new AtomicInteger();

	final int count;

	long wallNanos;

	long appCpuMillis;

	long dbCpuMillis;

	long rssKib;

	Phase(String name, int count, boolean measured) {
		this.name = name;
		this.count = count;
		this.measured = measured;
		this.latencies = new long[count];
	}

	/** An answer arrived: its latency counts, and anything but 2xx is an error. */
	void answered(Http.Response response) {
		latencies[answered.getAndIncrement()] = response.nanos();
		bytes.addAndGet(response.body().length);
		if (!response.ok()) {
			error(response.method() + " " + response.path() + " -> " + response.status() + " " + abbreviate(response.text()));
		}
	}

	/**
	 * A refusal the workload expects and counts itself (two people editing one item at once: the second is told it
	 * changed meanwhile). Its latency counts here; it is not an error.
	 */
	void refusedAsExpected(Http.Response response) {
		latencies[answered.getAndIncrement()] = response.nanos();
		bytes.addAndGet(response.body().length);
	}

	/** A request failed without an answer (a timeout, a refused connection) or could not be sent. */
	void failed(String what) {
		error(what);
	}

	private void error(String what) {
		errors.incrementAndGet();
		if (errorsKept.getAndIncrement() < ERRORS_SHOWN) {
			firstErrors.add(what);
		}
	}

	int errors() {
		return errors.get();
	}

	List<String> firstErrors() {
		return List.copyOf(firstErrors);
	}

	int answers() {
		return answered.get();
	}

	double averageKib() {
		return answered.get() == 0 ? 0 : bytes.get() / 1024.0 / answered.get();
	}

	double wallSeconds() {
		return wallNanos / 1e9;
	}

	double throughput() {
		return wallNanos == 0 ? 0 : count / wallSeconds();
	}

	/** The latency at quantile q (nearest rank), in milliseconds, of the answers received. */
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

	double appCpuPerRequest() {
		return appCpuMillis < 0 ? Double.NaN : (double) appCpuMillis / count;
	}

	double dbCpuPerRequest() {
		return dbCpuMillis < 0 ? Double.NaN : (double) dbCpuMillis / count;
	}

	private long[] sorted() {
		long[] copy = Arrays.copyOf(latencies, answered.get());
		Arrays.sort(copy);
		return copy;
	}

	private static String abbreviate(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
	}
}
