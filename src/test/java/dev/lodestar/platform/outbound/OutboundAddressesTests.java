package dev.lodestar.platform.outbound;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Addresses inside the server's network are refused unless allowed; IP literals need no name lookup. */
class OutboundAddressesTests {

	private final OutboundAddresses guarded = new OutboundAddresses(false);

	@Test
	void refusesLoopbackPrivateLinkLocalAndUniqueLocalAddresses() {
		for (String address : new String[] { "http://127.0.0.1:8080/actuator", "http://10.1.2.3/", "https://192.168.0.9/",
				"http://172.16.5.4/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[fd12::1]/",
				"http://0.0.0.0/" }) {
			assertThatThrownBy(() -> guarded.requirePublic(URI.create(address))).as(address)
				.isInstanceOf(IOException.class)
				.hasMessageContaining("inside this network");
		}
	}

	@Test
	void letsPublicAddressesThroughAndEverythingWhenAllowed() {
		assertThatCode(() -> guarded.requirePublic(URI.create("https://93.184.215.14/hook"))).doesNotThrowAnyException();
		assertThatCode(() -> guarded.requirePublic(URI.create("https://[2606:4700::1111]/hook"))).doesNotThrowAnyException();
		assertThatCode(() -> new OutboundAddresses(true).requirePublic(URI.create("http://127.0.0.1/"))).doesNotThrowAnyException();
	}
}
