package dev.lodestar.checkins.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Pages;
import dev.lodestar.support.PageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class InlineCheckInIntegrationTests extends PageIntegrationTest {

	@Test
	void recordsACheckInAndTellsThePageWhichKeyResultChanged() {
		var person = api.newPerson("Inline");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Steady"), "INCREASE", 0, 10);
		var form = Pages.html(pages.get("/key-results/" + keyResult + "/check-in", person));
		String key = form.select("input[name=idempotencyKey]").val();

		var recorded = pages.post("/key-results/" + keyResult + "/check-in", person,
				Map.of("value", "4", "confidence", "7", "note", "halfway there", "idempotencyKey", key), "HX-Request", "true");
		var row = Pages.html(pages.get("/key-results/" + keyResult + "/row", person));

		assertThat(recorded).hasStatus(204).hasHeader("HX-Trigger", "checked-in-" + keyResult);
		assertThat(row.select("progress").attr("value")).isEqualTo("40.0");
		assertThat(row.text()).contains("confidence 7/10");
	}

	@Test
	void recordsADoubleClickedCheckInOnce() {
		var person = api.newPerson("Clicker");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Once"), "INCREASE", 0, 10);
		Map<String, String> form = Map.of("value", "4", "confidence", "7", "idempotencyKey", Api.unique("click"));

		pages.post("/key-results/" + keyResult + "/check-in", person, form);
		pages.post("/key-results/" + keyResult + "/check-in", person, form);

		assertThat(api.get("/api/v1/key-results/" + keyResult + "/check-ins", person)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void showsRefusalsNextToTheFieldsInThePersonsLanguage() {
		var person = api.newPerson("Typo");
		speaksChinese(person);
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Careful"), "INCREASE", 0, 10);

		var refused = pages.post("/key-results/" + keyResult + "/check-in", person,
				Map.of("value", "abc", "confidence", "11", "idempotencyKey", Api.unique("typo")));

		assertThat(refused).hasStatus(422);
		var form = Pages.html(refused);
		assertThat(form.select("input[name=value]").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#kr-" + keyResult + "-value-error").text()).isEqualTo("必须是数字");
		assertThat(form.select("input[name=value]").val()).isEqualTo("abc");
		assertThat(api.get("/api/v1/key-results/" + keyResult + "/check-ins", person)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void asksAMilestoneWhetherItIsDone() {
		var person = api.newPerson("Milestone");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Decided"), "MILESTONE", null, null);

		var form = Pages.html(pages.get("/key-results/" + keyResult + "/check-in", person));
		var recorded = pages.post("/key-results/" + keyResult + "/check-in", person,
				Map.of("done", "true", "_done", "on", "confidence", "9", "idempotencyKey", Api.unique("done")));

		assertThat(form.select("input[type=checkbox][name=done]")).hasSize(1);
		assertThat(form.select("input[name=value]")).isEmpty();
		assertThat(recorded).hasStatus(204);
		assertThat(api.get("/api/v1/key-results/" + keyResult, person)).bodyJson().extractingPath("$.done").isEqualTo(true);
	}

	@Test
	void offersTheFormOnlyToWhoMayCheckIn() {
		var owner = api.newPerson("Owner");
		var bystander = api.newPerson("Bystander");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Mine"), "INCREASE", 0, 10);

		assertThat(pages.get("/key-results/" + keyResult + "/check-in", bystander)).hasStatus(403);
		assertThat(Pages.html(pages.get("/key-results/" + keyResult + "/row", bystander)).select("button")).isEmpty();
	}
}
