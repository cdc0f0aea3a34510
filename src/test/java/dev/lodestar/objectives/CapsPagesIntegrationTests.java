package dev.lodestar.objectives;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class CapsPagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private int version() {
		return Api.read(api.get("/api/v1/policy/caps", api.admin()), "$.version");
	}

	@Test
	void showsTheCapsAndLetsAnAdminChangeThem() {
		var caps = api.get("/api/v1/policy/caps", api.admin());
		int objectives = Api.read(caps, "$.maxObjectivesPerOwner");
		int keyResults = Api.read(caps, "$.maxKeyResultsPerObjective");
		var page = Pages.html(pages.get("/admin/policy/caps", api.admin()));
		assertThat(page.select("#caps-objectives").val()).isEqualTo(String.valueOf(objectives));

		try {
			var saved = pages.post("/admin/policy/caps", api.admin(), Map.of("maxObjectivesPerOwner", "6",
					"maxKeyResultsPerObjective", String.valueOf(keyResults), "version", String.valueOf(version())));

			assertThat(saved).hasStatus(302).hasRedirectedUrl("/admin/policy/caps?done=saved");
			assertThat(api.get("/api/v1/policy/caps", api.admin())).bodyJson().extractingPath("$.maxObjectivesPerOwner").isEqualTo(6);
			assertThat(Pages.html(pages.get("/admin/policy/caps?done=saved", api.admin())).select(".notice[role=status]")).hasSize(1);
		}
		finally {
			api.put("/api/v1/policy/caps", api.admin(), Map.of("maxObjectivesPerOwner", objectives,
					"maxKeyResultsPerObjective", keyResults, "version", version()));
		}
	}

	@Test
	void refusesNumbersOutsideOneToTenAtTheirFields() {
		var refused = pages.post("/admin/policy/caps", api.admin(), Map.of("maxObjectivesPerOwner", "11",
				"maxKeyResultsPerObjective", "four", "version", String.valueOf(version())));

		assertThat(refused).hasStatus(422);
		var page = Pages.html(refused);
		assertThat(page.select("#caps-key-results-error").text()).isEqualTo("must be a whole number");
		assertThat(page.select("#caps-key-results").val()).isEqualTo("four");
		var outOfRange = Pages.html(pages.post("/admin/policy/caps", api.admin(), Map.of("maxObjectivesPerOwner", "11",
				"maxKeyResultsPerObjective", "4", "version", String.valueOf(version()))));
		assertThat(outOfRange.select("#caps-objectives-error").text()).isEqualTo("must be at most 10");
	}

	@Test
	void showsAChangeSomeoneElseMadeMeanwhileAsAMessage() {
		var stale = pages.post("/admin/policy/caps", api.admin(), Map.of("maxObjectivesPerOwner", "5",
				"maxKeyResultsPerObjective", "4", "version", String.valueOf(version() - 1)));

		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select(".notice.error").text())
			.isEqualTo("This caps (id 1) was changed after you read it. Reload it and apply your change again; nothing was saved.");
	}
}
