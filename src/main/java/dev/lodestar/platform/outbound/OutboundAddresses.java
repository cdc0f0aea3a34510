package dev.lodestar.platform.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.lodestar.platform.errors.InvalidInputException;

/**
 * Guards the addresses Lodestar itself calls on people's behalf — webhooks, chat webhooks, key-result feeds. People
 * type those addresses, so without a guard they would be a way to reach what only the server can: its own actuator,
 * the database's host, a cloud's metadata service. Every address that is not public is refused — loopback, private,
 * carrier-grade NAT, link-local, unique-local, multicast, reserved, broadcast, unspecified, and IPv6 forms that carry
 * such an IPv4 address inside them — unless {@code lodestar.outbound.allow-private-addresses} is true (an install whose
 * integrations live inside its own network, and the tests). {@link OutboundHttp} checks the very addresses it connects
 * to, as a name may point elsewhere between a check and a connection (ADR 0011); it follows no redirects, which would
 * skip the check.
 */
@Component
public class OutboundAddresses {

	private final boolean privateAllowed;

	OutboundAddresses(@Value("${lodestar.outbound.allow-private-addresses:false}") boolean privateAllowed) {
		this.privateAllowed = privateAllowed;
	}

	/**
	 * Resolves the target's host and checks its addresses: the guard's rules on their own, for tests. Nothing connects
	 * this way, since a connection by its own lookup afterwards may reach another address than the one checked: every
	 * caller goes through {@link OutboundHttp}, which connects only to what it checked.
	 *
	 * @throws IOException naming the host when it resolves to an address inside this network
	 */
	void requirePublic(URI target) throws IOException {
		if (privateAllowed) {
			return;
		}
		if (target.getHost() == null) {
			throw new IOException("refused: no host");
		}
		checked(target.getHost(), InetAddress.getAllByName(target.getHost()));
	}

	/**
	 * The addresses a lookup of {@code host} answered, refused as a whole when any is not public: a name that answers one
	 * public and one inside address would otherwise reach the inside one when the first does not answer.
	 */
	InetAddress[] checked(String host, InetAddress[] addresses) throws UnknownHostException {
		if (!privateAllowed) {
			for (InetAddress address : addresses) {
				if (!isPublic(address)) {
					throw new RefusedAddressException(host);
				}
			}
		}
		return addresses;
	}

	/** Whether an address lies on the public internet, so calling it reaches nothing of this network. */
	public static boolean isPublic(InetAddress address) {
		return address.getAddress().length == 4 ? isPublicV4(address.getAddress()) : isPublicV6(address.getAddress());
	}

	private static boolean isPublicV4(byte[] ip) {
		int a = ip[0] & 0xff;
		int b = ip[1] & 0xff;
		int c = ip[2] & 0xff;
		return !(a == 0 // "this" network, the unspecified address included
				|| a == 10 || a == 127 // private, loopback
				|| a == 100 && (b & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
				|| a == 169 && b == 254 // link-local, where clouds answer their metadata
				|| a == 172 && (b & 0xf0) == 16 || a == 192 && b == 168 // private
				|| a == 192 && b == 0 && c == 0 // 192.0.0.0/24, protocol assignments
				|| a == 198 && (b & 0xfe) == 18 // 198.18.0.0/15, benchmarking
				|| a >= 224); // multicast 224/4, reserved 240/4 and the broadcast address
	}

	private static boolean isPublicV6(byte[] ip) {
		if (startsWith(ip, new byte[10]) && (ip[10] & ip[11] & 0xff) == 0xff || startsWith(ip, new byte[12])) {
			// IPv4-mapped ::ffff:a.b.c.d, and the old IPv4-compatible ::a.b.c.d (with :: and ::1 among them)
			return !isUnspecifiedOrLoopback(ip) && isPublicV4(Arrays.copyOfRange(ip, 12, 16));
		}
		if (startsWith(ip, NAT64) || startsWith(ip, NAT64_LOCAL)) {
			// 64:ff9b::/96 reaches the IPv4 address it ends with; 64:ff9b:1::/48 is for a network's own use
			return startsWith(ip, NAT64) && isPublicV4(Arrays.copyOfRange(ip, 12, 16));
		}
		if ((ip[0] & 0xff) == 0x20 && ip[1] == 0x02) {
			// 6to4: 2002:a.b.c.d::/48 reaches the IPv4 address in its second and third groups
			return isPublicV4(Arrays.copyOfRange(ip, 2, 6));
		}
		int first = ip[0] & 0xff;
		int second = ip[1] & 0xff;
		return !((first & 0xfe) == 0xfc // unique local fc00::/7
				|| first == 0xfe && (second & 0xc0) == 0x80 // link-local fe80::/10
				|| first == 0xfe && (second & 0xc0) == 0xc0 // the old site-local fec0::/10
				|| first == 0xff); // multicast ff00::/8
	}

	private static final byte[] NAT64 = { 0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 };

	private static final byte[] NAT64_LOCAL = { 0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 1 };

	private static boolean isUnspecifiedOrLoopback(byte[] ip) {
		return startsWith(ip, new byte[15]) && (ip[15] == 0 || ip[15] == 1);
	}

	private static boolean startsWith(byte[] ip, byte[] prefix) {
		return Arrays.equals(ip, 0, prefix.length, prefix, 0, prefix.length);
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
}
