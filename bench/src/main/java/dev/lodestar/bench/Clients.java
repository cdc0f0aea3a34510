package dev.lodestar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fixed pool of client threads. A phase is a numbered list of requests; each thread takes the next
 * number (or chain of numbers) until none is left, so the work is split evenly however long each request takes.
 */
final class Clients implements AutoCloseable {

	/** Sends request number {@code i} and returns its answer. */
	@FunctionalInterface
	interface Request {

		Http.Response send(int i) throws Exception;
	}

	/** Thrown by a request that cannot be sent because an earlier one it needs failed; counted as an error. */
	static final class NotSent extends RuntimeException {

		NotSent(String why) {
			super(why, null, false, false);
		}
	}

	private final int threads;

	private final ExecutorService pool;

	Clients(int threads) {
		this.threads = threads;
		AtomicInteger n = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "client-" + n.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	int threads() {
		return threads;
	}

	/**
	 * Runs the phase on all threads. The requests go in chains of {@code chain} consecutive numbers: a thread
	 * takes the next chain and sends its requests one after the other, as one person entering several things
	 * would. A chain as long as the phase makes it sequential.
	 */
	void run(Phase phase, int chain, Request request, Consumer<Phase> before, Consumer<Phase> after)
			throws InterruptedException {
		if (pool.isShutdown()) {
			throw new CancellationException("the benchmark is stopping");
		}
		AtomicInteger next = new AtomicInteger();
		int chains = (phase.count + chain - 1) / chain;
		int workers = Math.min(threads, Math.max(1, chains));
		before.accept(phase);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			running.add(pool.submit(() -> {
				for (int c = next.getAndIncrement(); c < chains; c = next.getAndIncrement()) {
					for (int i = c * chain; i < Math.min(phase.count, (c + 1) * chain); i++) {
						try {
							phase.answered(request.send(i));
						}
						catch (NotSent notSent) {
							phase.failed("not sent: " + notSent.getMessage());
						}
						catch (InterruptedException interrupted) {
							Thread.currentThread().interrupt();
							return;
						}
						catch (Exception e) {
							phase.failed("request " + i + " failed: " + e);
						}
					}
				}
			}));
		}
		for (Future<?> worker : running) {
			try {
				worker.get();
			}
			catch (java.util.concurrent.ExecutionException e) {
				phase.failed("client thread died: " + e.getCause());
			}
		}
		phase.wallNanos = System.nanoTime() - start;
		after.accept(phase);
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}
}
