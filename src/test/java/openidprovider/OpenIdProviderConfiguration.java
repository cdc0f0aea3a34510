package openidprovider;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID provider (Spring Authorization Server) for the tests: the company's sign-in service, with the people
 * the tests give it ({@link ProviderPeople}) and one client, Lodestar. It lives outside {@code dev.lodestar} so that
 * Lodestar's component scan never finds it, and takes only the auto-configuration it needs.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
		OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class OpenIdProviderConfiguration {

	public static final String CLIENT_ID = "lodestar";

	public static final String CLIENT_SECRET = "lodestar-client-secret";

	public static final String PASSWORD = "provider-password";

	/** The client as registered now: the redirect addresses grow as the tests' servers start on their ports. */
	@Bean
	RegisteredClientRepository clients() {
		return new RegisteredClientRepository() {
			@Override
			public void save(RegisteredClient client) {
				// the server re-encodes a {noop} secret after each use; the client as written here stays as it is
			}

			@Override
			public RegisteredClient findById(String id) {
				return CLIENT_ID.equals(id) ? lodestar() : null;
			}

			@Override
			public RegisteredClient findByClientId(String clientId) {
				return CLIENT_ID.equals(clientId) ? lodestar() : null;
			}
		};
	}

	private static RegisteredClient lodestar() {
		return RegisteredClient.withId(CLIENT_ID)
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris(uris -> uris.addAll(ProviderPeople.redirectUris()))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
	}

	/** Everyone the tests gave the provider signs in with the same password. */
	@Bean
	UserDetailsService accounts() {
		return username -> ProviderPeople.find(username)
			.map(account -> User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build())
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** The ID token says who signed in as a company's provider would: e-mail, whether verified, name, language. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> identityClaims() {
		return context -> {
			if (!"id_token".equals(context.getTokenType().getValue())) {
				return;
			}
			ProviderPeople.find(context.getPrincipal().getName()).ifPresent(account -> context.getClaims().claims(claims -> {
				claims.put("email", account.email());
				if (account.emailVerified() != null) {
					claims.put("email_verified", account.emailVerified());
				}
				if (account.name() != null) {
					claims.put("name", account.name());
				}
				if (account.locale() != null) {
					claims.put("locale", account.locale());
				}
			}));
		};
	}
}
