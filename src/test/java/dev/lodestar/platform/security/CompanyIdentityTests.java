package dev.lodestar.platform.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Whose address a provider's ID token vouches for: a verified one always, one without the claim only where the
 * installation trusts its provider's addresses (Entra ID sends none), an unverified one never.
 */
class CompanyIdentityTests {

	@Test
	void aVerifiedAddressIsTakenWhateverTheInstallationTrusts() {
		assertThat(CompanyUserService.identityOf(user(true), false).email()).isEqualTo("mei@company.test");
		assertThat(CompanyUserService.identityOf(user(true), true).email()).isEqualTo("mei@company.test");
	}

	@Test
	void anAddressWithoutTheClaimIsTakenOnlyWhereTheInstallationTrustsItsProvider() {
		assertThatExceptionOfType(CompanySignInRefusedException.class)
			.isThrownBy(() -> CompanyUserService.identityOf(user(null), false))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(CompanySignInRefusal.NO_EMAIL));
		assertThat(CompanyUserService.identityOf(user(null), true).email()).isEqualTo("mei@company.test");
	}

	@Test
	void anAddressCalledUnverifiedIsNeverTaken() {
		assertThatExceptionOfType(CompanySignInRefusedException.class)
			.isThrownBy(() -> CompanyUserService.identityOf(user(false), true));
	}

	private static OidcUser user(Boolean emailVerified) {
		Map<String, Object> claims = new HashMap<>(Map.of("sub", "mei", "email", "mei@company.test", "name", "Mei Chen"));
		if (emailVerified != null) {
			claims.put("email_verified", emailVerified);
		}
		Instant now = Instant.now();
		return new DefaultOidcUser(List.of(), new OidcIdToken("token", now, now.plusSeconds(60), claims));
	}
}
