package dev.lodestar.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationSettingsApiIntegrationTests extends ApiIntegrationTest {

	private static final String MINE = "/api/v1/people/me/notification-settings";

	private static final String POLICY = "/api/v1/policy/notifications";

	private static Map<String, Object> settings(String timeZone, Boolean email, boolean chat, boolean muted, int version) {
		Map<String, Object> body = new HashMap<>();
		body.put("timeZone", timeZone);
		body.put("email", email);
		body.put("chat", chat);
		body.put("muted", muted);
		body.put("version", version);
		return body;
	}

	@Test
	void aPersonReadsTheDefaultsUntilTheyChooseAndThenTheirOwnChoice() {
		var person = api.newPerson("Chooser");
		var defaults = api.get(MINE, person);
		assertThat(Api.<Object>read(defaults, "$.timeZone")).isNull();
		assertThat(Api.<Boolean>read(defaults, "$.email")).isTrue();
		assertThat(Api.<Boolean>read(defaults, "$.muted")).isFalse();
		assertThat(Api.<Integer>read(defaults, "$.version")).isZero();

		var chosen = api.put(MINE, person, settings(" Asia/Shanghai ", false, true, true, 0));

		assertThat(chosen).hasStatusOk();
		var read = api.get(MINE, person);
		assertThat(Api.<String>read(read, "$.timeZone")).isEqualTo("Asia/Shanghai");
		assertThat(Api.<Boolean>read(read, "$.email")).isFalse();
		assertThat(Api.<Boolean>read(read, "$.muted")).isTrue();
		assertThat(Api.<Integer>read(read, "$.version")).isEqualTo(1);
		// someone else's settings are theirs alone
		assertThat(Api.<Integer>read(api.get(MINE, api.newPerson("Other")), "$.version")).isZero();
		// a blank time zone goes back to the organisation's
		var back = api.put(MINE, person, settings("", false, true, false, 1));
		assertThat(Api.<Object>read(back, "$.timeZone")).isNull();
	}

	@Test
	void badSettingsAreRefusedOnTheirFieldAndAStaleOneWith409AndNothingChanges() {
		var person = api.newPerson("Careful");
		assertThat(api.put(MINE, person, settings("Europe/Berlin", true, true, false, 0))).hasStatusOk();

		var unknownZone = api.put(MINE, person, settings("Mars/Olympus_Mons", true, true, true, 1));
		var noEmail = api.put(MINE, person, settings("Europe/Berlin", null, true, true, 1));
		var stale = api.put(MINE, person, settings("Asia/Tokyo", true, true, true, 0));

		assertThat(unknownZone).hasStatus(400);
		assertThat(unknownZone.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(Api.<List<String>>read(unknownZone, "$.errors[*].field")).containsExactly("timeZone");
		assertThat(noEmail).hasStatus(400);
		assertThat(Api.<List<String>>read(noEmail, "$.errors[*].field")).containsExactly("email");
		assertThat(stale).hasStatus(409);
		var unchanged = api.get(MINE, person);
		assertThat(Api.<String>read(unchanged, "$.timeZone")).isEqualTo("Europe/Berlin");
		assertThat(Api.<Boolean>read(unchanged, "$.muted")).isFalse();
		assertThat(Api.<Integer>read(unchanged, "$.version")).isEqualTo(1);
	}

	@Test
	void onlyAdminsChangeThePolicyAndBadValuesAreRefusedOnTheirField() {
		var policy = api.get(POLICY, api.newPerson("Reader"));
		assertThat(policy).hasStatusOk();
		int version = Api.read(policy, "$.version");
		int hour = Api.read(policy, "$.reminderHour");
		String zone = Api.read(policy, "$.timeZone");

		var member = api.put(POLICY, api.newPerson("Member"), Map.of("reminderHour", 8, "timeZone", "UTC", "version", version));
		var lateHour = api.put(POLICY, api.admin(), Map.of("reminderHour", 24, "timeZone", "UTC", "version", version));
		var badZone = api.put(POLICY, api.admin(), Map.of("reminderHour", 8, "timeZone", "Nowhere", "version", version));
		assertThat(member).hasStatus(403);
		assertThat(Api.<List<String>>read(lateHour, "$.errors[*].field")).containsExactly("reminderHour");
		assertThat(Api.<List<String>>read(badZone, "$.errors[*].field")).containsExactly("timeZone");
		assertThat(Api.<Integer>read(api.get(POLICY, api.admin()), "$.version")).isEqualTo(version);

		var changed = api.put(POLICY, api.admin(), Map.of("reminderHour", 8, "timeZone", "Asia/Shanghai", "version", version));
		try {
			assertThat(changed).hasStatusOk();
			assertThat(Api.<String>read(api.get(POLICY, api.admin()), "$.timeZone")).isEqualTo("Asia/Shanghai");
			assertThat(api.put(POLICY, api.admin(), Map.of("reminderHour", 7, "timeZone", "UTC", "version", version)))
				.hasStatus(409);
		}
		finally {
			api.put(POLICY, api.admin(), Map.of("reminderHour", hour, "timeZone", zone, "version", version + 1));
		}
	}
}
