package dev.lodestar.checkins;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInPolicyPagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private int version() {
		return Api.read(api.get("/api/v1/policy/check-ins", api.admin()), "$.version");
	}

	@Test
	void letsAnAdminMoveTheCheckInDay() {
		String before = Api.read(api.get("/api/v1/policy/check-ins", api.admin()), "$.weekday");
		var page = Pages.html(pages.get("/admin/policy/check-ins", api.admin()));
		assertThat(page.select("#check-in-weekday option[selected]").val()).isEqualTo(before);
		assertThat(page.select("#check-in-weekday option")).hasSize(7);

		try {
			var saved = pages.post("/admin/policy/check-ins", api.admin(), Map.of("weekday", "WEDNESDAY", "version", String.valueOf(version())));

			assertThat(saved).hasStatus(302);
			assertThat(api.get("/api/v1/policy/check-ins", api.admin())).bodyJson().extractingPath("$.weekday").isEqualTo("WEDNESDAY");
		}
		finally {
			api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", before, "version", version()));
		}
	}

	@Test
	void namesTheWeekdaysInTheReadersLanguage() {
		String email = Api.unique("zh.admin") + "@lodestar.test";
		api.post("/api/v1/people", api.admin(), Map.of("name", "管理员", "email", email, "password", "password-1", "locale", "zh-CN",
				"admin", true));

		var page = Pages.html(pages.get("/admin/policy/check-ins", api.signIn(email, "password-1")));

		assertThat(page.select("#check-in-weekday option").first().text()).isEqualTo("星期一");
		assertThat(page.select("h1").text()).isEqualTo("进展更新日");
	}

	@Test
	void showsAChangeSomeoneElseMadeMeanwhileAsAMessage() {
		var stale = pages.post("/admin/policy/check-ins", api.admin(), Map.of("weekday", "FRIDAY", "version", String.valueOf(version() + 3)));

		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select(".notice.error").text()).contains("check-in day");
	}

	@Test
	void refusesADayThatIsNoWeekdayAtTheField() {
		var refused = pages.post("/admin/policy/check-ins", api.admin(), Map.of("weekday", "SOMEDAY", "version", String.valueOf(version())));

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#check-in-weekday-error").text()).startsWith("must be one of: MONDAY");
	}
}
