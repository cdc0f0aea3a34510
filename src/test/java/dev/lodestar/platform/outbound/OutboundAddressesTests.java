package dev.lodestar.platform.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
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
	void refusesSharedReservedMulticastAndBroadcastRanges() {
		for (String address : new String[] { "http://100.64.0.1/", "http://100.127.255.254/", "http://0.1.2.3/",
				"http://224.0.0.1/", "http://239.255.255.250/", "http://240.0.0.1/", "http://255.255.255.255/",
				"http://192.0.0.8/", "http://198.18.0.1/", "http://198.19.255.1/", "http://[ff02::1]/", "http://[::]/",
				"http://[fe80::1]/", "http://[fec0::1]/" }) {
			assertThatThrownBy(() -> guarded.requirePublic(URI.create(address))).as(address)
				.isInstanceOf(RefusedAddressException.class);
		}
	}

	@Test
	void refusesIpv6FormsThatCarryAnInsideIpv4Address() throws Exception {
		for (String address : new String[] { "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
				"64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b:1::8.8.8.8", "2002:7f00:1::1", "2002:a00:1::",
				"2002:a9fe:a9fe::1", "::127.0.0.1", "::1" }) {
			assertThat(OutboundAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
		for (String address : new String[] { "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2606:4700::1111",
				"100.63.255.255", "100.128.0.1", "198.20.0.1", "223.255.255.254", "192.0.1.1" }) {
			assertThat(OutboundAddresses.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void letsPublicAddressesThroughAndEverythingWhenAllowed() {
		assertThatCode(() -> guarded.requirePublic(URI.create("https://93.184.215.14/hook"))).doesNotThrowAnyException();
		assertThatCode(() -> guarded.requirePublic(URI.create("https://[2606:4700::1111]/hook"))).doesNotThrowAnyException();
		assertThatCode(() -> new OutboundAddresses(true).requirePublic(URI.create("http://127.0.0.1/"))).doesNotThrowAnyException();
	}
}
