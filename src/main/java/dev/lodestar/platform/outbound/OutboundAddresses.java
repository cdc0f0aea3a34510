package dev.lodestar.platform.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.lodestar.platform.errors.InvalidInputException;

/**
 * Guards the addresses Lodestar itself calls on people's behalf — webhooks, chat webhooks, key-result feeds. People
 * type those addresses, so without a guard they would be a way to reach what only the server can: its own actuator,
 * the database's host, a cloud's metadata service. Loopback, private, link-local and unspecified addresses are
 * refused unless {@code lodestar.outbound.allow-private-addresses} is true (an install whose integrations live inside
 * its own network, and the tests). Checked at every call, as a name may point elsewhere tomorrow; callers do not
 * follow redirects, which would skip the check.
 */
@Component
public class OutboundAddresses {

	private final boolean privateAllowed;

	OutboundAddresses(@Value("${lodestar.outbound.allow-private-addresses:false}") boolean privateAllowed) {
		this.privateAllowed = privateAllowed;
	}

	/** @throws IOException naming the host when it resolves to an address inside this network */
	public void requirePublic(URI target) throws IOException {
		if (privateAllowed) {
			return;
		}
		if (target.getHost() == null) {
			throw new IOException("refused: no host");
		}
		for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
			if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
					|| address.isAnyLocalAddress() || isUniqueLocal(address)) {
				throw new IOException("refused: " + target.getHost() + " is an address inside this network");
			}
		}
	}

	/** An absolute http or https address with a host: a file, ftp or jar URL would read the server's own disk. */
	public static boolean isWebAddress(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(text.strip());
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException notAnAddress) {
			return false;
		}
	}

	/** The address, stripped; refused on {@code field} when blank or not a web address. */
	public static String requireWebAddress(String field, String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(field, "validation.NotBlank");
		}
		if (!isWebAddress(text)) {
			throw InvalidInputException.of(field, "validation.web-address");
		}
		return text.strip();
	}

	/** IPv6 unique local addresses (fc00::/7), which Java does not count as site-local. */
	private static boolean isUniqueLocal(InetAddress address) {
		byte[] bytes = address.getAddress();
		return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
	}
}
