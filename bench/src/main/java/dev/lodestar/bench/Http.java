package dev.lodestar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain JSON-over-HTTP/1.1 client, shared by all worker threads, each with its own keep-alive connection.
 * Each call's latency is the time of the exchange, body included.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** One answer: its status, raw body and how long it took, in nanoseconds. */
	record Response(String method, String path, int status, byte[] body, long nanos, List<String> cookies) {

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

	private final String host;

	private final int port;

	/** One keep-alive connection per client thread: a blocking exchange costs the client little CPU, which the
	 * server, sharing the machine, would otherwise lose. */
	private final ThreadLocal<Connection> connections = new ThreadLocal<>();

	Http(int port) {
		this.host = "127.0.0.1";
		this.port = port;
	}

	Response get(String path, String token) throws IOException {
		return send("GET", path, token, null);
	}

	/** A page, as a signed-in browser asks for it: with the session cookie, for HTML. */
	Response page(String path, String sessionCookie) throws IOException {
		return send("GET", path, null, null, "Cookie", sessionCookie, "Accept", "text/html");
	}

	/**
	 * Signs in through the sign-in form, as a browser does: reads the CSRF token and the session cookie from the
	 * form, posts the e-mail and password, and returns the signed-in session's cookie.
	 */
	String signIn(String email, String password) throws IOException {
		Response form = send("GET", "/sign-in", null, null, "Accept", "text/html");
		String cookie = String.join("; ", form.cookies());
		var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.text());
		if (!token.find()) {
			throw new IllegalStateException("The sign-in form has no CSRF token");
		}
		String body = "_csrf=" + encode(token.group(1)) + "&email=" + encode(email) + "&password=" + encode(password);
		Response signedIn = sendForm("/sign-in", cookie, body);
		if (signedIn.status() != 302 || signedIn.cookies().isEmpty()) {
			throw new IllegalStateException("Signing in answered " + signedIn.status());
		}
		return String.join("; ", signedIn.cookies());
	}

	private Response sendForm(String path, String cookie, String form) throws IOException {
		byte[] body = form.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nCookie: " + cookie
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n";
		long start = System.nanoTime();
		Connection.Answer answer = connection().exchange(head.getBytes(StandardCharsets.US_ASCII), body);
		return new Response("POST", path, answer.status(), answer.body(), System.nanoTime() - start, answer.cookies());
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	Response post(String path, String token, Object body, String... headers) throws IOException {
		return send("POST", path, token, JSON.writeValueAsString(body), headers);
	}

	Response put(String path, String token, Object body) throws IOException {
		return send("PUT", path, token, JSON.writeValueAsString(body));
	}

	/** A body that is not JSON, such as a CSV file for an import. */
	Response post(String path, String token, String contentType, byte[] content) throws IOException {
		return sendBytes("POST", path, token, content, contentType);
	}

	Response send(String method, String path, String token, String json, String... headers) throws IOException {
		return sendBytes(method, path, token, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
				json == null ? null : "application/json", headers);
	}

	/** Builds the request first, so that only the exchange itself is timed. */
	private Response sendBytes(String method, String path, String token, byte[] content, String contentType, String... headers)
			throws IOException {
		byte[] body = content == null ? new byte[0] : content;
		StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
			.append("Host: ").append(host).append(':').append(port).append("\r\n");
		if (token != null) {
			head.append("Authorization: Bearer ").append(token).append("\r\n");
		}
		for (int i = 0; i < headers.length; i += 2) {
			head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (headers.length == 0 || !java.util.Arrays.asList(headers).contains("Accept")) {
			head.append("Accept: application/json\r\n");
		}
		head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
		byte[] request = head.toString().getBytes(StandardCharsets.US_ASCII);
		long start = System.nanoTime();
		Connection connection = connection();
		Connection.Answer answer;
		try {
			answer = connection.exchange(request, body);
		}
		catch (IOException closedMeanwhile) {
			// a keep-alive connection the server closed while idle: one fresh attempt
			connection.close();
			connections.remove();
			answer = connection().exchange(request, body);
		}
		long nanos = System.nanoTime() - start;
		if (!answer.keepAlive()) {
			connections.get().close();
			connections.remove();
		}
		return new Response(method, path, answer.status(), answer.body(), nanos, answer.cookies());
	}

	private Connection connection() throws IOException {
		Connection connection = connections.get();
		if (connection == null) {
			connection = new Connection(host, port);
			connections.set(connection);
		}
		return connection;
	}

	/** The body of an active cycle around today, as every workload plans it: begun a month ago, two months to go. */
	static Map<String, Object> activeCycle(String name) {
		LocalDate today = LocalDate.now();
		var body = new LinkedHashMap<String, Object>();
		body.put("name", name);
		body.put("startsOn", today.minusDays(30).toString());
		body.put("endsOn", today.plusDays(60).toString());
		body.put("state", "ACTIVE");
		return body;
	}
}
