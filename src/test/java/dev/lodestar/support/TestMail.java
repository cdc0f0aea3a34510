package dev.lodestar.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One SMTP server for the whole test run, in the tests' own process (GreenMail, on a free port): the application
 * sends real mail to it, and tests read what arrived for the addresses they made. Timers are off in tests: they plan
 * and deliver notifications explicitly, at the moments they choose.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
		}
		return server;
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server().getSmtp().getPort());
		registry.add("lodestar.notifications.schedule", () -> "false");
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
