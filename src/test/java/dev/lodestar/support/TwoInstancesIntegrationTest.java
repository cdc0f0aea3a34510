package dev.lodestar.support;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dev.lodestar.LodestarApplication;
import dev.lodestar.platform.live.LiveUpdates;

/**
 * Two instances of Lodestar on the test's database, as behind a load balancer: the test's own, and a second one with
 * its own context, web server and live relay, started once for the class and closed after it.
 */
public abstract class TwoInstancesIntegrationTest extends HttpIntegrationTest {

	private static ConfigurableApplicationContext second;

	@Autowired
	protected LiveUpdates live;

	@Autowired
	private Environment environment;

	@BeforeEach
	void aSecondInstance() {
		if (second == null) {
			// Arguments, not default properties: these must win over application.yml, as they would in production.
			second = new SpringApplicationBuilder(LodestarApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
					"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
					"--lodestar.security.bcrypt-strength=4", "--spring.jmx.enabled=false", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + TestMail.port(), "--lodestar.notifications.schedule=false",
					"--lodestar.webhooks.schedule=false", "--lodestar.outbound.allow-private-addresses=true",
					"--lodestar.feeds.schedule=false");
		}
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	protected static int secondPort() {
		return ((WebServerApplicationContext) second).getWebServer().getPort();
	}

	/** A bean of the second instance, to make it do what a timer would. */
	protected static <T> T secondBean(Class<T> type) {
		return second.getBean(type);
	}

	protected static LiveUpdates secondLive() {
		return second.getBean(LiveUpdates.class);
	}

	/** Follows an event stream of either instance (its port), as the holder of the token. */
	protected EventStream follow(int instancePort, String path, Api.Session as) throws Exception {
		return EventStream.follow(http, URI.create("http://localhost:" + instancePort + path), as);
	}
}
