package dev.lodestar.platform.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The company's provider, discovered from its issuer on the first sign-in rather than at start-up: Lodestar starts
 * while the provider is down, and a failed discovery is tried again at the next sign-in. Once found, the
 * registration is kept until Lodestar restarts.
 */
final class CompanyRegistrations implements ClientRegistrationRepository {

	private final CompanySignIn settings;

	private volatile ClientRegistration discovered;

	CompanyRegistrations(CompanySignIn settings) {
		this.settings = settings;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!CompanySignIn.REGISTRATION.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = discovered;
		if (known == null) {
			known = discover();
			discovered = known;
		}
		return known;
	}

	private ClientRegistration discover() {
		var builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
			.registrationId(CompanySignIn.REGISTRATION)
			.clientId(settings.clientId())
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(settings.redirectUri())
			.scope(settings.scopes());
		if (settings.clientSecret().isEmpty()) {
			// a public client (PKCE only), as some providers register single sign-on for internal tools
			builder.clientSecret(null).clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		else {
			builder.clientSecret(settings.clientSecret());
		}
		return builder.build();
	}
}
