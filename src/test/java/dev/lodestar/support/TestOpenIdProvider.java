package dev.lodestar.support;

import java.net.ServerSocket;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import openidprovider.OpenIdProviderConfiguration;
import openidprovider.ProviderPeople;

/**
 * One OpenID provider for the whole test run (Spring Authorization Server, a second application in the tests' own
 * process, on a free port), started before Lodestar's context: every context of the tests signs in through it as
 * through a company's provider. It answers at {@code 127.0.0.1} while Lodestar is called at {@code localhost}, so a
 * client's cookies for the two never mix, as they would not for two real hosts.
 */
public final class TestOpenIdProvider {

	/**
	 * Lodestar's own exclusions (application.yml) and the provider's auto-configuration, which is on the tests' class
	 * path for the provider's sake and must not add an authorization server's beans to Lodestar.
	 */
	private static final String NOT_IN_LODESTAR = String.join(",",
			"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
			"org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
			"org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

	public static final String NAME = "Acme SSO";

	private static ConfigurableApplicationContext provider;

	private static String issuer;

	private TestOpenIdProvider() {
	}

	public static synchronized String issuer() {
		if (provider == null) {
			int port = freePort();
			issuer = "http://127.0.0.1:" + port;
			provider = new SpringApplicationBuilder(OpenIdProviderConfiguration.class).web(WebApplicationType.SERVLET)
				.run("--spring.config.name=openid-provider", "--spring.main.banner-mode=off", "--server.address=127.0.0.1",
						"--server.port=" + port, "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
						"--server.servlet.session.cookie.name=PROVIDER_SESSION");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> provider.close(), "openid-provider-stop"));
		}
		return issuer;
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("lodestar.oidc.issuer-uri", TestOpenIdProvider::issuer);
		registry.add("lodestar.oidc.client-id", () -> OpenIdProviderConfiguration.CLIENT_ID);
		registry.add("lodestar.oidc.client-secret", () -> OpenIdProviderConfiguration.CLIENT_SECRET);
		registry.add("lodestar.oidc.name", () -> NAME);
		registry.add("spring.autoconfigure.exclude", () -> NOT_IN_LODESTAR);
	}

	/** Lets the provider send people back to a Lodestar server on this port. */
	public static void acceptRedirectsTo(int port) {
		ProviderPeople.acceptRedirectsTo("http://localhost:" + port + "/login/oauth2/code/company");
	}

	/** Gives the provider an account, signed in with {@link OpenIdProviderConfiguration#PASSWORD}. */
	public static void account(ProviderPeople.Account account) {
		ProviderPeople.add(account);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (java.io.IOException none) {
			throw new IllegalStateException("No free port for the test OpenID provider", none);
		}
	}
}
