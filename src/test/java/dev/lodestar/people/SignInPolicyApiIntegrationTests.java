package dev.lodestar.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SignInPolicyApiIntegrationTests extends ApiIntegrationTest {

	private static final String POLICY = "/api/v1/policy/sign-in";

	@Test
	void anAdminLetsCompanySignInCreatePeopleAndStopsItAgain() {
		int version = Api.read(api.get(POLICY, api.admin()), "$.version");

		var allowed = api.put(POLICY, api.admin(), Map.of("createOnFirstSignIn", true, "version", version));
		try {
			assertThat(allowed).hasStatusOk();
			assertThat(Api.<Boolean>read(allowed, "$.createOnFirstSignIn")).isTrue();
			assertThat(Api.<Integer>read(allowed, "$.version")).isEqualTo(version + 1);
			assertThat(Api.<Boolean>read(api.get(POLICY, api.admin()), "$.createOnFirstSignIn")).isTrue();
		}
		finally {
			var stopped = api.put(POLICY, api.admin(), Map.of("createOnFirstSignIn", false, "version", version + 1));
			assertThat(Api.<Boolean>read(stopped, "$.createOnFirstSignIn")).isFalse();
		}
	}

	@Test
	void onlyAdminsReadOrChangeThePolicy() {
		var member = api.newPerson("Member");
		int version = Api.read(api.get(POLICY, api.admin()), "$.version");

		assertThat(api.get(POLICY, member)).hasStatus(403);
		assertThat(api.put(POLICY, member, Map.of("createOnFirstSignIn", true, "version", version))).hasStatus(403);
		assertThat(Api.<Integer>read(api.get(POLICY, api.admin()), "$.version")).isEqualTo(version);
	}

	@Test
	void refusesAMissingOrMistypedValueWith400AndAStaleVersionWith409() {
		int version = Api.read(api.get(POLICY, api.admin()), "$.version");
		var missing = new HashMap<String, Object>();
		missing.put("createOnFirstSignIn", null);
		missing.put("version", version);

		var empty = api.put(POLICY, api.admin(), missing);
		var mistyped = api.put(POLICY, api.admin(), Map.of("createOnFirstSignIn", "yes", "version", version));
		var stale = api.put(POLICY, api.admin(), Map.of("createOnFirstSignIn", true, "version", version - 1));

		assertThat(empty).hasStatus(400);
		assertThat(empty.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(Api.<List<String>>read(empty, "$.errors[*].field")).containsExactly("createOnFirstSignIn");
		assertThat(mistyped).hasStatus(400);
		assertThat(mistyped.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(stale).hasStatus(409);
		assertThat(Api.<String>read(stale, "$.detail")).contains("sign-in policy");
		assertThat(Api.<Integer>read(api.get(POLICY, api.admin()), "$.version")).isEqualTo(version);
	}

	@Test
	void readsAndChangesThePolicyInAFixedNumberOfStatements() {
		var admin = api.admin();
		int version = Api.read(api.get(POLICY, admin), "$.version");

		statements.reset();
		api.get(POLICY, admin);
		int read = statements.count();
		statements.reset();
		api.put(POLICY, admin, Map.of("createOnFirstSignIn", false, "version", version));
		int changed = statements.count();

		assertThat(read).as("the token's caller, the policy").isEqualTo(2);
		assertThat(changed).as("the token's caller, the update, the policy read back").isEqualTo(3);
	}
}
