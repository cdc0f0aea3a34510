package dev.lodestar.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A Server-Sent Events stream followed over real HTTP: every line as it arrives, and the events among them. */
public final class EventStream implements AutoCloseable {

	private final HttpResponse<Stream<String>> response;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final StringBuffer everything = new StringBuffer();

	private EventStream(HttpResponse<Stream<String>> response) {
		this.response = response;
		Thread reader = new Thread(() -> {
			try (Stream<String> body = response.body()) {
				body.forEach(line -> {
					everything.append(line).append('\n');
					lines.add(line);
				});
			}
			catch (RuntimeException closed) {
				// the test closed the stream
			}
		});
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens the stream at this address, as the holder of this token. */
	public static EventStream follow(HttpClient http, URI uri, Api.Session as) throws Exception {
		var request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + as.token()).GET().build();
		return new EventStream(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS));
	}

	public HttpResponse<Stream<String>> response() {
		return response;
	}

	public String everything() {
		return everything.toString();
	}

	public String nextEvent() throws InterruptedException {
		return nextEvent(Duration.ofSeconds(10));
	}

	/** The name of the next event within the wait, or null. */
	public String nextEvent(Duration wait) throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			String line = lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && line.startsWith("event:")) {
				return line.substring("event:".length()).strip();
			}
		}
		return null;
	}

	@Override
	public void close() {
		response.body().close();
	}

	/** Waits up to 10 s for the condition, failing the test if it never holds. */
	public static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}
}
