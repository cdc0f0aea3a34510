package dev.lodestar.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CompanySignInTests {

	@Test
	void isOffWithoutAnIssuerWhateverElseIsSet() {
		assertThat(settings("", "", "").enabled()).isFalse();
		assertThat(settings(" ", "lodestar", "secret").enabled()).isFalse();
	}

	@Test
	void refusesToStartWithAnIssuerButNoClientId() {
		assertThatIllegalStateException().isThrownBy(() -> settings("https://sso.example.com", " ", "secret"))
			.withMessageContaining("lodestar.oidc.client-id");
	}

	@Test
	void alwaysAsksForOpenIdSoThatAnIdTokenVouchesForTheEmail() {
		var company = new CompanySignIn("https://sso.example.com", "lodestar", "secret", "", List.of("profile", "email"), "");

		assertThat(company.scopes()).containsExactly("openid", "profile", "email");
		assertThat(company.name()).isNull();
	}

	@Test
	void sendsPeopleBackToTheConfiguredAddressOrElseToTheOneTheyCameTo() {
		var behindAProxy = new CompanySignIn("https://sso.example.com", "lodestar", "", "Acme", List.of("openid"),
				"https://okr.example.com/");

		assertThat(behindAProxy.redirectUri()).isEqualTo("https://okr.example.com/login/oauth2/code/{registrationId}");
		assertThat(settings("https://sso.example.com", "lodestar", "").redirectUri())
			.isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
	}

	private static CompanySignIn settings(String issuer, String clientId, String secret) {
		return new CompanySignIn(issuer, clientId, secret, "", List.of("openid", "profile", "email"), "");
	}
}
