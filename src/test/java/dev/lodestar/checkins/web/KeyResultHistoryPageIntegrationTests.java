package dev.lodestar.checkins.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/** A key result's check-ins on its objective's page: a chart of value and confidence over time, and the same as a table. */
class KeyResultHistoryPageIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void chartsValueAndConfidenceOldestFirstAndTablesThemNewestFirst() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Grow steadily");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 10, 50);
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", 20, "confidence", 6, "note", "A start"));
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", 30, "confidence", 8));

		var fragment = pages.get("/key-results/" + keyResult + "/history", colleague, "HX-Request", "true");

		assertThat(fragment).hasStatusOk();
		var document = html(fragment);
		String chart = document.select(".chart").attr("data-chart");
		assertThat(JsonPath.<List<Object>>read(chart, "$.points[*][1]")).containsExactly(20, 30);
		assertThat(JsonPath.<List<Object>>read(chart, "$.points[*][2]")).containsExactly(6, 8);
		assertThat(JsonPath.<Object>read(chart, "$.target")).isEqualTo(50);
		assertThat(JsonPath.<String>read(chart, "$.labels.value")).isEqualTo("Value (customers)");
		assertThat(document.select(".chart").attr("aria-label")).startsWith("Value and confidence of Customers say yes");
		var rows = document.select("table tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).select("td").eachText()).element(1).isEqualTo("30");
		assertThat(rows.get(0).select("td").eachText()).element(2).isEqualTo("50%");
		assertThat(rows.get(1).select("td").eachText()).contains("A start", "Owner");
		assertThat(document.select("summary").text()).contains("(2)");
		assertThat(document.select("html > head > title")).isEmpty();
	}

	@Test
	void showsAMilestoneAsDoneOrNotDone() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Ship it");
		long milestone = Api.id(api.post("/api/v1/objectives/" + objective + "/key-results", owner,
				Map.of("title", "Customers use the new checkout", "kind", "MILESTONE", "ownerPersonId", owner.personId())));
		api.post("/api/v1/key-results/" + milestone + "/check-ins", owner, Map.of("done", false, "confidence", 4));
		api.post("/api/v1/key-results/" + milestone + "/check-ins", owner, Map.of("done", true, "confidence", 10));

		var document = html(pages.get("/key-results/" + milestone + "/history", owner));

		String chart = document.select(".chart").attr("data-chart");
		assertThat(JsonPath.<List<Object>>read(chart, "$.points[*][1]")).containsExactly(0, 1);
		assertThat(JsonPath.<Boolean>read(chart, "$.milestone")).isTrue();
		assertThat(document.select("table tbody tr td:eq(1)").eachText()).containsExactly("done", "not done yet");
	}

	@Test
	void saysSoWhileThereIsNoCheckIn() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Begin"), "INCREASE", 0, 5);

		var document = html(pages.get("/key-results/" + keyResult + "/history", owner));

		assertThat(document.select(".chart")).isEmpty();
		assertThat(document.text()).isEqualTo("No check-ins yet.");
	}

	@Test
	void issuesTheSameNumberOfStatementsForAShortAndALongHistory() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Keep going");
		long brief = api.newKeyResult(owner, objective, "INCREASE", 0, 100);
		long lengthy = api.newKeyResult(owner, objective, "INCREASE", 0, 100);
		api.post("/api/v1/key-results/" + brief + "/check-ins", owner, Map.of("value", 1, "confidence", 5));
		for (int i = 1; i <= 15; i++) {
			api.post("/api/v1/key-results/" + lengthy + "/check-ins", owner, Map.of("value", i, "confidence", 5));
		}
		pages.get("/key-results/" + brief + "/history", owner);

		statements.reset();
		pages.get("/key-results/" + brief + "/history", owner);
		int shortCount = statements.count();
		statements.reset();
		pages.get("/key-results/" + lengthy + "/history", owner);

		assertThat(statements.count()).isEqualTo(shortCount);
	}
}
