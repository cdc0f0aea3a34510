package dev.lodestar.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Another system's status endpoint, for real, on a free local port: each path answers the JSON (and status) a test
 * put there, and counts how often it was read. One server for the test run; tests use paths of their own.
 */
final class FeedServer {

	private record Answer(int status, String body) {
	}

	private static FeedServer running;

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

	private FeedServer() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException noPort) {
			throw new UncheckedIOException(noPort);
		}
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			reads.computeIfAbsent(path, any -> new AtomicInteger()).incrementAndGet();
			Answer answer = answers.getOrDefault(path, new Answer(404, "{}"));
			byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(answer.status(), body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	static synchronized FeedServer get() {
		if (running == null) {
			running = new FeedServer();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> running.server.stop(0), "feed-server-stop"));
		}
		return running;
	}

	/** Answers {@code json} with 200 at {@code path}; gives its address. */
	String serve(String path, String json) {
		return serve(path, 200, json);
	}

	String serve(String path, int status, String body) {
		answers.put(path, new Answer(status, body));
		return url(path);
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	int readsOf(String path) {
		return reads.getOrDefault(path, new AtomicInteger()).get();
	}
}
