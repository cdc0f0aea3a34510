package dev.lodestar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain JSON-over-HTTP/1.1 client, shared by all worker threads (the JDK client keeps a pool of
 * keep-alive connections). Each call's latency is the time of {@code send}, body included.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

	/** One answer: its status, raw body and how long it took, in nanoseconds. */
	record Response(String method, String path, int status, byte[] body, long nanos) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(body);
		}

		/** The {@code id} of what a POST created. */
		long id() {
			JsonNode id = json().get("id");
			if (id == null || !id.isIntegralNumber()) {
				throw new IllegalStateException(method + " " + path + " answered " + status + " without an id: " + text());
			}
			return id.asLong();
		}
	}

	private final HttpClient client;

	private final String base;

	Http(int port) {
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.base = "http://127.0.0.1:" + port;
	}

	Response get(String path, String token) throws IOException, InterruptedException {
		return send("GET", path, token, null);
	}

	Response post(String path, String token, Object body, String... headers) throws IOException, InterruptedException {
		return send("POST", path, token, JSON.writeValueAsString(body), headers);
	}

	Response put(String path, String token, Object body) throws IOException, InterruptedException {
		return send("PUT", path, token, JSON.writeValueAsString(body));
	}

	/** Builds the request first, so that only the exchange itself is timed. */
	Response send(String method, String path, String token, String json, String... headers)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpRequest built = request.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
		long nanos = System.nanoTime() - start;
		return new Response(method, path, response.statusCode(), response.body(), nanos);
	}
}
