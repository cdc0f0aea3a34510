package dev.lodestar.platform.outbound;

import java.net.UnknownHostException;

/**
 * A host that resolves to an address inside this network, refused as if it had no address: thrown where a name is
 * resolved, so the connection never starts.
 */
public class RefusedAddressException extends UnknownHostException {

	private static final long serialVersionUID = 1L;

	RefusedAddressException(String host) {
		super("refused: " + host + " is an address inside this network");
	}
}
