package dev.lodestar.platform.security;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
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

	private final String redirectUri;

	private final boolean trustsUnverifiedEmail;

	CompanySignIn(String issuerUri, String clientId, String clientSecret, String name, List<String> scopes, String baseUrl) {
		this(issuerUri, clientId, clientSecret, name, scopes, baseUrl, false);
	}

	/**
	 * @param trustsUnverifiedEmail whether an address the provider does not say is verified — no {@code email_verified}
	 *        claim at all, as Entra ID sends — is taken as the person's: only for a provider whose addresses the
	 *        company itself hands out, since otherwise anyone could sign in as anyone whose address they typed
	 */
	@Autowired
	CompanySignIn(@Value("${lodestar.oidc.issuer-uri:}") String issuerUri, @Value("${lodestar.oidc.client-id:}") String clientId,
			@Value("${lodestar.oidc.client-secret:}") String clientSecret, @Value("${lodestar.oidc.name:}") String name,
			@Value("${lodestar.oidc.scopes:openid,profile,email}") List<String> scopes,
			@Value("${lodestar.base-url:}") String baseUrl,
			@Value("${lodestar.oidc.trust-unverified-email:false}") boolean trustsUnverifiedEmail) {
		this.trustsUnverifiedEmail = trustsUnverifiedEmail;
		this.issuerUri = issuerUri.strip();
		this.clientId = clientId.strip();
		this.clientSecret = clientSecret.strip();
		this.name = name.strip();
		// without openid it would be plain OAuth 2.0: no ID token, nobody's e-mail vouched for
		this.scopes = scopes.contains("openid") ? List.copyOf(scopes)
				: Stream.concat(Stream.of("openid"), scopes.stream()).toList();
		// behind a proxy the address a request arrived at is not the one people use: the configured one wins
		String base = baseUrl.strip().replaceAll("/+$", "");
		this.redirectUri = (base.isEmpty() ? "{baseUrl}" : base) + "/login/oauth2/code/{registrationId}";
		if (enabled() && this.clientId.isEmpty()) {
			// a half configuration would only fail at the first sign-in, in front of the first person who tries
			throw new IllegalStateException("lodestar.oidc.issuer-uri is set, so lodestar.oidc.client-id is needed too");
		}
	}

	boolean trustsUnverifiedEmail() {
		return trustsUnverifiedEmail;
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

	/** Where the provider sends people back; registered at the provider as {@code <base-url>/login/oauth2/code/company}. */
	String redirectUri() {
		return redirectUri;
	}
}
