package dev.lodestar.cycles;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCyclesPagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private static Map<String, String> cycleForm(String name, String startsOn, String endsOn, String state) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("startsOn", startsOn);
		form.put("endsOn", endsOn);
		form.put("state", state);
		form.put("idempotencyKey", Api.unique("key"));
		return form;
	}

	@Test
	void findsCyclesByNameAndState() {
		long active = api.newCycle("ACTIVE");
		String name = Api.read(api.get("/api/v1/cycles/" + active, api.admin()), "$.name");

		var found = Pages.html(pages.get("/admin/cycles?q=" + name + "&state=ACTIVE", api.admin()));
		var none = Pages.html(pages.get("/admin/cycles?q=" + name + "&state=CLOSED", api.admin()));

		assertThat(found.select("#cycle-results tbody tr")).hasSize(1);
		assertThat(found.select("#cycle-results tbody td").eachText()).contains(name, "active");
		assertThat(none.select("#cycle-results tbody tr")).isEmpty();
	}

	@Test
	void plansACycle() {
		String name = Api.unique("Q1");

		var planned = pages.post("/admin/cycles", api.admin(), cycleForm(name, "2027-01-01", "2027-03-31", "PLANNING"));

		assertThat(planned).hasStatus(302);
		var cycles = api.get("/api/v1/cycles?q=" + name, api.admin());
		assertThat(cycles).bodyJson().extractingPath("$.items[0].state").isEqualTo("PLANNING");
		assertThat(cycles).bodyJson().extractingPath("$.items[0].endsOn").isEqualTo("2027-03-31");
	}

	@Test
	void plansOneCycleForADoubleClickedSubmit() {
		String name = Api.unique("Once");
		var form = cycleForm(name, "2027-01-01", "2027-03-31", "PLANNING");

		pages.post("/admin/cycles", api.admin(), form);
		pages.post("/admin/cycles", api.admin(), form);

		assertThat(api.get("/api/v1/cycles?q=" + name, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void refusesAnEndBeforeTheStartAndAnUnreadableDateAtTheirFields() {
		String name = Api.unique("Backwards");

		var backwards = pages.post("/admin/cycles", api.admin(), cycleForm(name, "2027-03-31", "2027-01-01", "PLANNING"));
		var unreadable = pages.post("/admin/cycles", api.admin(), cycleForm(name, "next monday", "2027-01-01", "PLANNING"));

		assertThat(backwards).hasStatus(422);
		assertThat(Pages.html(backwards).select("#cycle-ends-on-error").text()).isEqualTo("must be after the start date");
		assertThat(unreadable).hasStatus(422);
		assertThat(Pages.html(unreadable).select("#cycle-starts-on-error").text()).isEqualTo("must be a date like 2026-01-31");
		assertThat(Pages.html(unreadable).select("#cycle-starts-on").val()).isEqualTo("next monday");
		assertThat(api.get("/api/v1/cycles?q=" + name, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void offersOnlyTheStatesAheadAndRefusesGoingBack() {
		long cycle = api.newCycle("ACTIVE");
		var current = api.get("/api/v1/cycles/" + cycle, api.admin());

		var page = Pages.html(pages.get("/admin/cycles/" + cycle, api.admin()));
		assertThat(page.select("#cycle-state-field option").eachAttr("value")).containsExactly("ACTIVE", "CLOSED");

		var form = cycleForm(Api.read(current, "$.name"), "2026-10-01", "2026-12-31", "PLANNING");
		form.put("version", String.valueOf(Api.<Integer>read(current, "$.version")));
		var refused = pages.post("/admin/cycles/" + cycle, api.admin(), form);

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#cycle-state-field-error").text())
			.isEqualTo("a cycle moves forward only, from ACTIVE it cannot go to PLANNING");

		form.put("state", "CLOSED");
		assertThat(pages.post("/admin/cycles/" + cycle, api.admin(), form)).hasStatus(302);
		assertThat(api.get("/api/v1/cycles/" + cycle, api.admin())).bodyJson().extractingPath("$.state").isEqualTo("CLOSED");
	}

	@Test
	void showsAChangeSomeoneElseMadeMeanwhileAsAMessage() {
		long cycle = api.newCycle("PLANNING");
		var current = api.get("/api/v1/cycles/" + cycle, api.admin());
		var form = cycleForm(Api.read(current, "$.name"), "2026-10-01", "2026-12-31", "ACTIVE");
		form.put("version", "5");

		var stale = pages.post("/admin/cycles/" + cycle, api.admin(), form);

		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select(".notice.error").text()).contains("was changed after you read it");
	}
}
