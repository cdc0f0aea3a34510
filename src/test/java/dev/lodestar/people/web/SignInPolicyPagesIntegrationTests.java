package dev.lodestar.people.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;
import dev.lodestar.support.TestOpenIdProvider;

import static org.assertj.core.api.Assertions.assertThat;

class SignInPolicyPagesIntegrationTests extends PageIntegrationTest {

	private static final String PAGE = "/admin/policy/sign-in";

	@Test
	void anAdminSeesTheCompanyProviderAndTurnsCreationOnAndOff() {
		int version = Api.read(api.get("/api/v1/policy/sign-in", api.admin()), "$.version");
		var page = Pages.html(pages.get(PAGE, api.admin()));
		assertThat(page.select("#company-sign-in-status").text()).contains(TestOpenIdProvider.issuer());
		assertThat(page.select("#sign-in-create-on-first").hasAttr("checked")).isFalse();
		assertThat(page.select(".admin-nav a[aria-current=page]").attr("href")).isEqualTo(PAGE);

		var on = pages.post(PAGE, api.admin(), Map.of("createOnFirstSignIn", "true", "version", String.valueOf(version)));
		try {
			assertThat(on).hasStatus(302).redirectedUrl().isEqualTo(PAGE + "?done=saved");
			var saved = Pages.html(pages.get(PAGE + "?done=saved", api.admin()));
			assertThat(saved.select("#sign-in-create-on-first").hasAttr("checked")).isTrue();
			assertThat(saved.select("[role=status]").text()).isEqualTo("Saved.");
		}
		finally {
			var off = pages.post(PAGE, api.admin(), Map.of("version", String.valueOf(version + 1)));
			assertThat(off).hasStatus(302);
		}
		assertThat(Api.<Boolean>read(api.get("/api/v1/policy/sign-in", api.admin()), "$.createOnFirstSignIn")).isFalse();
	}

	@Test
	void aStaleFormComesBackWith409AndTheReason() {
		int version = Api.read(api.get("/api/v1/policy/sign-in", api.admin()), "$.version");

		var stale = pages.post(PAGE, api.admin(), Map.of("createOnFirstSignIn", "true", "version", String.valueOf(version - 1)));

		assertThat(stale).hasStatus(409);
		assertThat(Pages.html(stale).select("[role=alert]").text()).contains("sign-in policy");
		assertThat(Api.<Integer>read(api.get("/api/v1/policy/sign-in", api.admin()), "$.version")).isEqualTo(version);
	}

	@Test
	void isForAdminsOnly() {
		assertThat(pages.get(PAGE, api.newPerson("NotAdmin"))).hasStatus(403);
	}
}
