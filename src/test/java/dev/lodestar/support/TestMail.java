package dev.lodestar.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One SMTP server for the whole test run, in the tests' own process (GreenMail, on a free port): the application
 * sends real mail to it, and tests read what arrived for the addresses they made. Timers are off in tests: they plan
 * and deliver notifications explicitly, at the moments they choose.
 */
public final class TestMail {

	private static GreenMail server;

	private static int port;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			port = freePort();
			server = started();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(), "greenmail-stop"));
		}
		return server;
	}

	/**
	 * Runs {@code meanwhile} with the SMTP server down — every delivery fails as it would against a server that is
	 * away — then starts a fresh one on the same port (what arrived before is forgotten).
	 */
	public static synchronized void down(Runnable meanwhile) {
		server().stop();
		try {
			meanwhile.run();
		}
		finally {
			server = started();
		}
	}

	private static GreenMail started() {
		GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		started.start();
		return started;
	}

	private static int freePort() {
		try (var socket = new java.net.ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (java.io.IOException none) {
			throw new IllegalStateException("No free port for the test SMTP server", none);
		}
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMail::port);
		registry.add("lodestar.notifications.schedule", () -> "false");
		// tests post webhooks explicitly, to a server on this machine
		registry.add("lodestar.webhooks.schedule", () -> "false");
		registry.add("lodestar.outbound.allow-private-addresses", () -> "true");
		registry.add("lodestar.feeds.schedule", () -> "false");
	}

	public static synchronized int port() {
		server();
		return port;
	}

	/** Everything that arrived for this address so far. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessagesForDomain(address)).toList();
	}

	/** The message's part of this type ({@code text/plain}, {@code text/html}), decoded; empty when it has none. */
	public static String part(MimeMessage message, String type) {
		try {
			return partOf(message, type);
		}
		catch (Exception unreadable) {
			throw new IllegalStateException("The mail could not be read", unreadable);
		}
	}

	private static String partOf(jakarta.mail.Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = partOf(multipart.getBodyPart(i), type);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}
}
