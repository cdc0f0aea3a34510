package dev.lodestar.notifications;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationSettingsPagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void aPersonChoosesTheirTimeZoneAndChannelsAndAnUntickedBoxIsOff() {
		var person = api.newPerson("PageChooser");
		var page = Pages.html(pages.get("/settings/notifications", person));
		assertThat(page.select("#notification-time-zone option[selected]").val()).isEmpty();
		assertThat(page.select("#notification-time-zone option[value=Asia/Shanghai]")).hasSize(1);
		assertThat(page.select("#notification-email").hasAttr("checked")).isTrue();

		var saved = pages.post("/settings/notifications", person, Map.of("timeZone", "Asia/Shanghai", "chat", "true",
				"version", "0"));

		assertThat(saved).hasStatus(302).hasRedirectedUrl("/settings/notifications?done=saved");
		var read = api.get("/api/v1/people/me/notification-settings", person);
		assertThat(Api.<String>read(read, "$.timeZone")).isEqualTo("Asia/Shanghai");
		assertThat(Api.<Boolean>read(read, "$.email")).isFalse();
		assertThat(Api.<Boolean>read(read, "$.chat")).isTrue();
		var again = Pages.html(pages.get("/settings/notifications?done=saved", person));
		assertThat(again.select("#notification-time-zone option[selected]").val()).isEqualTo("Asia/Shanghai");
		assertThat(again.select("p.notice[role=status]").text()).isEqualTo("Your notification settings are saved.");
	}

	@Test
	void anUnknownTimeZoneIsRefusedNextToItsFieldInTheReadersLanguageAndNothingIsSaved() {
		var person = api.newPerson("PageZh");
		api.speaksChinese(person);

		var refused = pages.post("/settings/notifications", person, Map.of("timeZone", "Mars/Olympus_Mons", "email", "true",
				"muted", "true", "version", "0"));

		assertThat(refused).hasStatus(422);
		var page = Pages.html(refused);
		assertThat(page.select("h1").text()).isEqualTo("通知");
		assertThat(page.select("#notification-time-zone-error").text()).startsWith("不是服务器可识别的时区");
		assertThat(page.select("#notification-muted").hasAttr("checked")).isTrue();
		assertThat(Api.<Integer>read(api.get("/api/v1/people/me/notification-settings", person), "$.version")).isZero();
	}

	@Test
	void anAdminSetsTheReminderHourAndTheOrganisationsTimeZone() {
		var policy = api.get("/api/v1/policy/notifications", api.admin());
		int version = Api.read(policy, "$.version");
		var page = Pages.html(pages.get("/admin/policy/notifications", api.admin()));
		assertThat(page.select("#notification-reminder-hour option")).hasSize(24);
		assertThat(page.select("#notification-reminder-hour option[value=9]").text()).isEqualTo("09:00");
		assertThat(pages.get("/admin/policy/notifications", api.newPerson("NotAdmin"))).hasStatus(403);

		var refused = pages.post("/admin/policy/notifications", api.admin(), Map.of("reminderHour", "30", "timeZone", "UTC",
				"version", String.valueOf(version)));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#notification-reminder-hour-error").text()).isNotBlank();

		var saved = pages.post("/admin/policy/notifications", api.admin(), Map.of("reminderHour", "10", "timeZone",
				"Europe/Paris", "version", String.valueOf(version)));
		try {
			assertThat(saved).hasStatus(302);
			assertThat(Api.<Integer>read(api.get("/api/v1/policy/notifications", api.admin()), "$.reminderHour")).isEqualTo(10);
		}
		finally {
			api.put("/api/v1/policy/notifications", api.admin(), Map.of("reminderHour", Api.<Integer>read(policy, "$.reminderHour"),
					"timeZone", Api.<String>read(policy, "$.timeZone"), "version", version + 1));
		}
	}
}
