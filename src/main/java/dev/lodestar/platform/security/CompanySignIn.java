package dev.lodestar.platform.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Company sign-in with OpenID Connect, as configured by {@code lodestar.oidc.*}: on when an issuer is named, off
 * otherwise, and then only e-mail and password sign in. Nothing here calls the provider: its endpoints are discovered
 * on the first sign-in (see {@link CompanyRegistrations}), so a provider that is down does not stop Lodestar.
 */
@Component
public class CompanySignIn {

	/** The one registration Lodestar knows: a company has one provider. */
	static final String REGISTRATION = "company";

	/** Where the sign-in page's button leads: Spring Security redirects from there to the provider. */
	public static final String START = "/oauth2/authorization/" + REGISTRATION;

	private final String issuerUri;

	private final String clientId;

	private final String clientSecret;

	private final String name;

	private final List<String> scopes;

	CompanySignIn(@Value("${lodestar.oidc.issuer-uri:}") String issuerUri, @Value("${lodestar.oidc.client-id:}") String clientId,
			@Value("${lodestar.oidc.client-secret:}") String clientSecret, @Value("${lodestar.oidc.name:}") String name,
			@Value("${lodestar.oidc.scopes:openid,profile,email}") List<String> scopes) {
		this.issuerUri = issuerUri.strip();
		this.clientId = clientId.strip();
		this.clientSecret = clientSecret.strip();
		this.name = name.strip();
		this.scopes = List.copyOf(scopes);
		if (enabled() && this.clientId.isEmpty()) {
			// a half configuration would only fail at the first sign-in, in front of the first person who tries
			throw new IllegalStateException("lodestar.oidc.issuer-uri is set, so lodestar.oidc.client-id is needed too");
		}
	}

	public boolean enabled() {
		return !issuerUri.isEmpty();
	}

	/** The company's name for the button ("Sign in with …"); {@code null} when none is configured. */
	public String name() {
		return name.isEmpty() ? null : name;
	}

	public String issuerUri() {
		return issuerUri;
	}

	String clientId() {
		return clientId;
	}

	String clientSecret() {
		return clientSecret;
	}

	List<String> scopes() {
		return scopes;
	}
}
