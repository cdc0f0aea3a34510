package dev.lodestar.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port that records every request and answers what the test tells it to: the
 * other end of chat and outbound webhooks in tests.
 */
public final class TestHttpServer implements AutoCloseable {

	/** A request as it arrived; header names in lower case. */
	public record Received(String method, String path, String query, Map<String, String> headers, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = "ok";

	private volatile boolean trickling;

	private volatile Consumer<Received> onRequest = request -> {
	};

	private TestHttpServer(HttpServer server) {
		this.server = server;
	}

	public static TestHttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			TestHttpServer test = new TestHttpServer(server);
			server.createContext("/", test::handle);
			// a trickling answer must not hold up the next request
			server.setExecutor(Executors.newCachedThreadPool());
			server.start();
			return test;
		}
		catch (IOException failed) {
			throw new IllegalStateException(failed);
		}
	}

	/** An address on this server, e.g. {@code url("/hook/slack")}. */
	public String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** From now on, answers every request with this status and body. */
	public void answer(int status, String body) {
		this.status = status;
		this.answer = body;
	}

	/**
	 * From now on, answers every request with this status and its headers at once, then one byte of body every tenth of
	 * a second for a minute: a server that never quite finishes.
	 */
	public void trickle(int status) {
		this.status = status;
		this.trickling = true;
	}

	/** Runs {@code check} on each request as it arrives, before answering: to look at the world while a call is under way. */
	public void onRequest(Consumer<Received> check) {
		this.onRequest = check;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	/** The requests to one path, in the order they came. */
	public List<Received> receivedAt(String path) {
		return received.stream().filter(request -> request.path().equals(path)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			Map<String, String> headers = new TreeMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestURI().getRawQuery(), headers, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		onRequest.accept(received.get(received.size() - 1));
		if (trickling) {
			trickle(exchange);
			return;
		}
		byte[] body = answer.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private void trickle(HttpExchange exchange) throws IOException {
		exchange.sendResponseHeaders(status, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			for (int i = 0; i < 600; i++) {
				out.write(' ');
				out.flush();
				Thread.sleep(100);
			}
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
		}
		catch (IOException hungUp) {
			// the caller gave up on us, which is what a test of a deadline wants
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
