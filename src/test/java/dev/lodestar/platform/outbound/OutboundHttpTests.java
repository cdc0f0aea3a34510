package dev.lodestar.platform.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.TestHttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real local server: the deadline holds however the answer trickles, and only checked addresses are called. */
class OutboundHttpTests {

	private final TestHttpServer server = TestHttpServer.start();

	private final AtomicInteger lookups = new AtomicInteger();

	/** Every name is this machine, as a name rebound to an inside address would be. */
	private final OutboundHttp.Lookup inside = host -> {
		lookups.incrementAndGet();
		return new InetAddress[] { InetAddress.getLoopbackAddress() };
	};

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void endsAnAnswerThatTricklesAtItsDeadline() {
		server.trickle(200);
		var http = new OutboundHttp(new OutboundAddresses(true));
		long start = System.nanoTime();

		assertThatThrownBy(() -> http.get(URI.create(server.url("/slow")), Map.of(), Duration.ofSeconds(1)))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("no complete answer within PT1S");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	void readsAtMostTheCapOfALargeAnswer() throws IOException {
		server.answer(200, "x".repeat(OutboundHttp.MAX_BODY * 3));
		var http = new OutboundHttp(new OutboundAddresses(true));

		var answer = http.get(URI.create(server.url("/large")), Map.of(), Duration.ofSeconds(5));

		assertThat(answer.tooLarge()).isTrue();
		assertThat(answer.body()).hasSize(OutboundHttp.MAX_BODY);
	}

	@Test
	void postsTheBodyAndHeadersAndFollowsNoRedirect() throws IOException {
		server.answer(302, "elsewhere");
		var http = new OutboundHttp(new OutboundAddresses(true));

		var answer = http.post(URI.create(server.url("/hook")), Map.of("X-Test", "yes"), "{\"n\":1}", Duration.ofSeconds(5));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.successful()).isFalse();
		assertThat(answer.text()).isEqualTo("elsewhere");
		assertThat(server.receivedAt("/hook")).singleElement().satisfies(request -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.body()).isEqualTo("{\"n\":1}");
			assertThat(request.headers()).containsEntry("x-test", "yes").containsEntry("content-type", "application/json; charset=UTF-8");
		});
	}

	@Test
	void refusesAnInsideAddressBeforeConnecting() {
		var http = new OutboundHttp(new OutboundAddresses(false));

		assertThatThrownBy(() -> http.get(URI.create(server.url("/actuator")), Map.of(), Duration.ofSeconds(5)))
			.isInstanceOf(RefusedAddressException.class)
			.hasMessageContaining("inside this network");
		assertThat(server.received()).isEmpty();
	}

	@Test
	void connectsToTheAddressItCheckedFromOneLookup() throws IOException {
		String port = Integer.toString(URI.create(server.url("/")).getPort());

		assertThatThrownBy(() -> new OutboundHttp(new OutboundAddresses(false), inside)
			.get(URI.create("http://rebound.example:" + port + "/metadata"), Map.of(), Duration.ofSeconds(5)))
			.isInstanceOf(RefusedAddressException.class);
		assertThat(lookups).hasValue(1);
		assertThat(server.received()).isEmpty();

		// allowed, the same name reaches the looked-up address: the connection uses that lookup, no second one of its own
		var answer = new OutboundHttp(new OutboundAddresses(true), inside)
			.get(URI.create("http://rebound.example:" + port + "/metadata"), Map.of(), Duration.ofSeconds(5));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(lookups).hasValue(2);
		assertThat(server.receivedAt("/metadata")).hasSize(1);
	}
}
