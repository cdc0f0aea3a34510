package dev.lodestar.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One Server-Sent Events stream, read as a browser's EventSource reads it: its own HTTP/1.1 connection, kept open,
 * the (chunked) body split into lines; comments ({@code :connected}, {@code :heartbeat}) are noted, and an event is
 * dispatched at the blank line that ends it. {@link Connection} cannot serve here: it reads whole answers.
 */
final class EventStream implements AutoCloseable {

	/** Longer than the server's 20 s heartbeat: a silent stream for this long is a dead one. */
	private static final int TIMEOUT_MILLIS = 60_000;

	private final Socket socket;

	private final InputStream in;

	private final boolean chunked;

	/** Bytes left in the current chunk of a chunked body. */
	private int chunkLeft;

	private volatile boolean closing;

	/**
	 * Opens the stream and reads up to the first comment the server sends ({@code :connected}), so that the stream
	 * is known to be registered before anything is written to the session.
	 */
	EventStream(int port, String path, String token) throws IOException {
		socket = new Socket("127.0.0.1", port);
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(TIMEOUT_MILLIS);
		in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
		String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
				+ "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n";
		socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		String status = rawLine();
		if (!status.startsWith("HTTP/1.1 200")) {
			socket.close();
			throw new IOException("GET " + path + " answered " + status);
		}
		boolean isChunked = false;
		for (String header = rawLine(); !header.isEmpty(); header = rawLine()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				isChunked = true;
			}
		}
		chunked = isChunked;
		String first = line();
		if (!first.startsWith(":")) {
			socket.close();
			throw new IOException("GET " + path + " began with " + first + " instead of a comment");
		}
	}

	/**
	 * Reads events until the stream ends or is closed, handing each event's name to {@code onEvent} as soon as its
	 * blank line arrives. Returns normally when closed from {@link #close()}; throws when the stream broke.
	 */
	void read(Consumer<String> onEvent) throws IOException {
		String event = null;
		boolean data = false;
		try {
			while (true) {
				String line = line();
				if (line == null) {
					if (closing) {
						return;
					}
					throw new IOException("the server ended the stream");
				}
				if (line.isEmpty()) {
					if (data) {
						onEvent.accept(event == null ? "message" : event);
					}
					event = null;
					data = false;
				}
				else if (line.startsWith("event:")) {
					event = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data = true;
				}
				// ":connected", ":heartbeat" and anything else: nothing to do
			}
		}
		catch (SocketException closed) {
			if (!closing) {
				throw closed;
			}
		}
	}

	/** A line of the body (without CR/LF), across chunk boundaries; null at the end of the body. */
	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(64);
		while (true) {
			int b = bodyByte();
			if (b == -1) {
				return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
			}
			if (b == '\n') {
				return line.toString(StandardCharsets.UTF_8);
			}
			if (b != '\r') {
				line.write(b);
			}
		}
	}

	private int bodyByte() throws IOException {
		if (!chunked) {
			return in.read();
		}
		if (chunkLeft == 0) {
			String size = rawLine();
			if (size.isEmpty()) {
				// the CRLF that ends the previous chunk
				size = rawLine();
			}
			int extension = size.indexOf(';');
			chunkLeft = size.isEmpty() ? 0 : Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
			if (chunkLeft == 0) {
				return -1;
			}
		}
		int b = in.read();
		if (b != -1) {
			chunkLeft--;
		}
		return b;
	}

	/** A line of the HTTP framing itself (status, headers, chunk sizes). */
	private String rawLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(32);
		for (int b = in.read(); b != -1; b = in.read()) {
			if (b == '\n') {
				break;
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() {
		closing = true;
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// a stream nobody reads any more
		}
	}
}
