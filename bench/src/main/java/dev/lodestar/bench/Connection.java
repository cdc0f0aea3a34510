package dev.lodestar.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One blocking HTTP/1.1 connection: writes a request, reads the status, headers and body (sized or chunked). */
final class Connection implements AutoCloseable {

	private static final int TIMEOUT_MILLIS = 120_000;

	record Answer(int status, byte[] body, boolean keepAlive, java.util.List<String> cookies) {
	}

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	Connection(String host, int port) throws IOException {
		socket = new Socket(host, port);
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(TIMEOUT_MILLIS);
		in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
		out = socket.getOutputStream();
	}

	Answer exchange(byte[] head, byte[] body) throws IOException {
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		out.write(request);
		out.flush();
		String statusLine = line();
		if (statusLine.isEmpty()) {
			throw new IOException("The server closed the connection");
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean keepAlive = true;
		java.util.List<String> cookies = new java.util.ArrayList<>();
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
				case "set-cookie" -> cookies.add(value.split(";", 2)[0]);
				default -> {
				}
			}
		}
		// 204 and 304 have no body, and no length to say so (Tomcat sends none): reading to the end of the stream
		// would wait for the server's keep-alive timeout
		boolean bodiless = status == 204 || status == 304 || status < 200;
		byte[] content = bodiless ? new byte[0] : chunked ? chunks() : length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
		return new Answer(status, content, keepAlive && (bodiless || chunked || length >= 0), cookies);
	}

	private byte[] chunks() throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		for (int size = chunkSize(); size > 0; size = chunkSize()) {
			content.write(in.readNBytes(size));
			line();
		}
		for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
			// trailers carry nothing the benchmark needs
		}
		return content.toByteArray();
	}

	private int chunkSize() throws IOException {
		String line = line();
		int extension = line.indexOf(';');
		return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
	}

	/** A header line without its CRLF; empty at the end of the headers (or of the stream). */
	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(64);
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
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// closing a connection nobody will use again
		}
	}
}
