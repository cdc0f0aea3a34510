package dev.lodestar.objectives.web;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/** Adding, changing and removing key results from their objective's page, held to the same rules as the API. */
class KeyResultFormsIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void offersEveryKindAsARadioButtonWithItsFields() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Measure well");

		var document = html(pages.get("/objectives/" + objective + "/key-results/new", owner));

		assertThat(document.select("input[type=radio][name=kind]").eachAttr("value"))
			.containsExactly("INCREASE", "DECREASE", "PERCENTAGE", "MILESTONE");
		assertThat(document.select("input[name=kind][checked]").val()).isEqualTo("INCREASE");
		assertThat(document.select(".numbers-field input").eachAttr("name")).containsExactly("start", "target");
		assertThat(document.select(".unit-field input").attr("name")).isEqualTo("unit");
		assertThat(document.select("#key-result-owner option[selected]").val()).isEqualTo(String.valueOf(owner.personId()));
		assertThat(document.select("legend").text()).contains("How it is measured");
	}

	@Test
	void addsAKeyResultAndLeadsBackToItsObjective() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Delight readers");

		var added = pages.post("/objectives/" + objective + "/key-results", owner,
				form(owner.personId(), "Readers finish the guide", "INCREASE", "20", "60", "readers"));

		assertThat(added).hasStatus3xxRedirection();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/objectives/" + objective);
		var keyResult = api.get("/api/v1/objectives/" + objective, owner);
		assertThat(keyResult).bodyJson().extractingPath("$.keyResults[0].title").isEqualTo("Readers finish the guide");
		assertThat(keyResult).bodyJson().extractingPath("$.keyResults[0].unit").isEqualTo("readers");
	}

	@Test
	void ignoresTheNumbersAMilestoneDoesNotShow() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Ship the app");

		var added = pages.post("/objectives/" + objective + "/key-results", owner,
				form(owner.personId(), "Customers use the app", "MILESTONE", "5", "10", "apps"));

		assertThat(added).hasStatus3xxRedirection();
		var keyResult = api.get("/api/v1/objectives/" + objective, owner);
		assertThat(keyResult).bodyJson().extractingPath("$.keyResults[0].kind").isEqualTo("MILESTONE");
		assertThat(keyResult).bodyJson().extractingPath("$.keyResults[0].target").isNull();
	}

	@Test
	void addsOneKeyResultWhenTheSameFormIsSentTwice() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Once");
		var form = form(owner.personId(), "Counted once", "PERCENTAGE", "", "80", "");

		pages.post("/objectives/" + objective + "/key-results", owner, form);
		var second = pages.post("/objectives/" + objective + "/key-results", owner, form);

		assertThat(second).hasStatus3xxRedirection();
		assertThat(api.get("/api/v1/objectives/" + objective, owner)).bodyJson().extractingPath("$.keyResults.length()").isEqualTo(1);
	}

	@Test
	void refusesAMeasureThatBreaksTheRulesNextToItsFields() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Fewer tickets");

		var backwards = pages.post("/objectives/" + objective + "/key-results", owner,
				form(owner.personId(), "Tickets handled", "INCREASE", "50", "10", "tickets"));
		var notANumber = pages.post("/objectives/" + objective + "/key-results", owner,
				form(owner.personId(), "Tickets handled", "INCREASE", "fifty", "10", "tickets"));

		assertThat(backwards).hasStatus(422);
		assertThat(html(backwards).select("#key-result-target-error").text())
			.isEqualTo("must be above the start for an increasing key result");
		assertThat(html(backwards).select("#key-result-start").val()).isEqualTo("50");
		assertThat(html(notANumber).select("#key-result-start-error").text()).isEqualTo("must be a number");
		assertThat(api.get("/api/v1/objectives/" + objective, owner)).bodyJson().extractingPath("$.keyResults.length()").isEqualTo(0);
	}

	@Test
	void checksTheMeasureAndTheWordingWhileTheyAreTyped() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Faster answers");
		String url = "/objectives/" + objective + "/key-results/validate";

		var activity = html(pages.post(url, owner, form(owner.personId(), "Hold a weekly review", "DECREASE", "", "", ""),
				"HX-Trigger-Name", "title"));
		var upwards = html(pages.post(url, owner, form(owner.personId(), "Minutes to answer", "DECREASE", "10", "30", ""),
				"HX-Trigger-Name", "target"));
		var percentOver = html(pages.post(url, owner, form(owner.personId(), "Answered on first contact", "PERCENTAGE", "", "120", ""),
				"HX-Trigger-Name", "target"));

		assertThat(activity.select("[hx-swap-oob='innerHTML:#key-result-title-hints']").text()).contains("reads like an activity");
		assertThat(activity.select("[hx-swap-oob='innerHTML:#key-result-target-error']").text()).isEmpty();
		assertThat(upwards.select("[hx-swap-oob='innerHTML:#key-result-target-error']").text())
			.isEqualTo("must be below the start for a decreasing key result");
		assertThat(percentOver.select("[hx-swap-oob='innerHTML:#key-result-target-error']").text()).isEqualTo("must be between 0 and 100");
	}

	@Test
	void explainsTheCapInsteadOfOfferingAFifthKeyResultAndRefusesOneWithTheRule() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Focused");
		for (int i = 0; i < 4; i++) {
			api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		}

		var full = html(pages.get("/objectives/" + objective + "/key-results/new", owner));
		var refused = pages.post("/objectives/" + objective + "/key-results", owner,
				form(owner.personId(), "A fifth one", "INCREASE", "0", "5", "things"));

		assertThat(full.select(".notice").text()).contains("at most 4 key results");
		assertThat(full.select("form.key-result-form")).isEmpty();
		assertThat(refused).hasStatus(422);
		assertThat(html(refused).select(".notice").text()).contains("at most 4 key results");
		assertThat(html(refused).select("#key-result-title").val()).isEqualTo("A fifth one");
		assertThat(api.get("/api/v1/objectives/" + objective, owner)).bodyJson().extractingPath("$.keyResults.length()").isEqualTo(4);
	}

	@Test
	void changesAKeyResultButNotItsKind() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Grow");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		var document = html(pages.get("/key-results/" + keyResult + "/edit", owner));
		var saved = pages.post("/key-results/" + keyResult, owner,
				edit(owner.personId(), "More customers say yes", "INCREASE", "0", "12", "customers", "0"));

		assertThat(document.select("input[type=radio][name=kind]").eachAttr("disabled")).hasSize(4);
		assertThat(document.select("input[type=hidden][name=kind]").val()).isEqualTo("INCREASE");
		assertThat(document.select("#key-result-target").val()).isEqualTo("10");
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(api.get("/api/v1/key-results/" + keyResult, owner)).bodyJson().extractingPath("$.target").isEqualTo(12);
	}

	@Test
	void showsWhatSomeoneElseSavedMeanwhileAndKeepsWhatWasTyped() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Grow");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		api.put("/api/v1/key-results/" + keyResult, owner, Map.of("title", "Their title", "kind", "INCREASE", "start", 0,
				"target", 20, "unit", "customers", "ownerPersonId", owner.personId(), "version", 0));

		var stale = pages.post("/key-results/" + keyResult, owner,
				edit(owner.personId(), "My title", "INCREASE", "0", "15", "customers", "0"));

		assertThat(stale).hasStatus(409);
		var document = html(stale);
		assertThat(document.select(".conflict").text()).contains("Their title").contains("20");
		assertThat(document.select("#key-result-title").val()).isEqualTo("My title");
		assertThat(document.select("input[name=version]").val()).isEqualTo("1");
	}

	@Test
	void removesAKeyResultOnlyAfterAsking() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Trim");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		var question = html(pages.get("/key-results/" + keyResult + "/delete", owner));
		var byColleague = pages.post("/key-results/" + keyResult + "/delete", colleague, Map.of());
		var removed = pages.post("/key-results/" + keyResult + "/delete", owner, Map.of());

		assertThat(question.select("h1").text()).startsWith("Delete the key result Customers say yes");
		assertThat(byColleague).hasStatus(403);
		assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/objectives/" + objective);
		assertThat(api.get("/api/v1/key-results/" + keyResult, owner)).hasStatus(404);
	}

	private static Map<String, String> form(long owner, String title, String kind, String start, String target, String unit) {
		Map<String, String> form = new HashMap<>();
		form.put("title", title);
		form.put("kind", kind);
		form.put("start", start);
		form.put("target", target);
		form.put("unit", unit);
		form.put("owner", String.valueOf(owner));
		form.put("idempotencyKey", Api.unique("key"));
		return form;
	}

	private static Map<String, String> edit(long owner, String title, String kind, String start, String target, String unit,
			String version) {
		Map<String, String> form = form(owner, title, kind, start, target, unit);
		form.remove("idempotencyKey");
		form.put("version", version);
		return form;
	}
}
