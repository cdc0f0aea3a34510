package dev.lodestar.people;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The test context starts with LODESTAR_BOOTSTRAP_ADMIN_* set, as a first start would. */
class BootstrapAdminIntegrationTests extends ApiIntegrationTest {

	@Autowired
	PeopleManagement people;

	@Test
	void createsTheFirstAdminFromTheBootstrapSettings() {
		var admin = api.admin();

		assertThat(api.get("/api/v1/people/me", admin)).bodyJson().extractingPath("$.admin").isEqualTo(true);
	}

	@Test
	void ignoresTheSettingsOnceAnAdminExists() throws Exception {
		new BootstrapAdmin(people, Api.ADMIN_EMAIL, "a-new-password").run(new DefaultApplicationArguments());
		new BootstrapAdmin(people, "second@lodestar.test", "second-password").run(new DefaultApplicationArguments());

		assertThat(people.registerFirstAdmin("Third", "third@lodestar.test", "third-password")).isEmpty();
		assertThat(api.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).token()).startsWith("lds_");
		assertThat(api.get("/api/v1/people?q=second@lodestar.test", api.admin())).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(0);
	}
}
