package dev.lodestar.audit.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/** An objective's change history on its page: who changed what and when, field by field, in the reader's words. */
class ObjectiveHistoryPageIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void saysWhoChangedWhichFieldFromWhatToWhat() {
		var owner = api.newPerson("Olivia");
		var viewer = api.newPerson("Victor");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Be heard");
		api.put("/api/v1/objectives/" + objective, owner, Map.of("title", "Be heard and understood", "visibility",
				"PRIVATE", "viewerIds", List.of(viewer.personId()), "version", 0));

		var document = html(pages.get("/objectives/" + objective + "/history", owner, "HX-Request", "true"));

		var newest = document.select(".changes > li").first();
		assertThat(newest.select(".change-summary").text()).startsWith("Olivia changed the objective");
		assertThat(newest.select(".change-summary time").attr("datetime")).isNotBlank();
		assertThat(newest.select(".field-changes div").eachText()).containsExactly(
				"Title Be heard → changed to Be heard and understood",
				"Who sees it everyone in the organisation → changed to private",
				"Viewers nobody → changed to Victor");
		var created = document.select(".changes > li").last();
		assertThat(created.select(".change-summary").text()).startsWith("Olivia set the objective");
		assertThat(created.select(".field-changes dt").eachText()).contains("Cycle", "Owner", "Title")
			.doesNotContain("Description");
		assertThat(created.select(".field-changes div").eachText()).contains("Owner Olivia");
	}

	@Test
	void namesTheKeyResultOfEveryCheckIn() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Grow");
		long keyResult = Api.id(api.post("/api/v1/objectives/" + objective + "/key-results", owner, Map.of("title",
				"Happy customers", "kind", "INCREASE", "start", 0, "target", 10, "unit", "customers", "ownerPersonId", owner.personId())));
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", 3, "confidence", 7, "note", "Good week"));

		var newest = html(pages.get("/objectives/" + objective + "/history", owner)).select(".changes > li").first();

		assertThat(newest.select(".change-summary").text()).startsWith("Owner checked in on Happy customers");
		assertThat(newest.select(".field-changes div").eachText()).containsExactly("Value 3", "Confidence 7", "Note Good week");
	}

	@Test
	void leadsToOlderChangesAPageAtATime() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Keep going");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 100);
		for (int i = 1; i <= 10; i++) {
			api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", i, "confidence", 5));
		}

		var first = html(pages.get("/objectives/" + objective + "/history", owner));
		var second = html(pages.get("/objectives/" + objective + "/history?page=1", owner));

		assertThat(first.select(".changes > li")).hasSize(10);
		assertThat(first.select(".older-changes button").attr("hx-get")).isEqualTo("/objectives/" + objective + "/history?page=1");
		assertThat(second.select(".changes > li")).hasSize(2);
		assertThat(second.select(".changes > li").last().select(".change-summary").text()).startsWith("Owner set the objective");
		assertThat(second.select(".older-changes")).isEmpty();
	}

	@Test
	void translatesFieldNamesForAChineseReader() {
		var owner = api.newPerson("Owner");
		api.speaksChinese(owner);
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "成为可靠的伙伴");
		api.put("/api/v1/objectives/" + objective, owner, Map.of("title", "成为值得信赖的伙伴", "visibility", "PUBLIC", "version", 0));

		var newest = html(pages.get("/objectives/" + objective + "/history", owner)).select(".changes > li").first();

		assertThat(newest.select(".change-summary").text()).startsWith("Owner 修改了目标");
		assertThat(newest.select(".field-changes div").eachText()).containsExactly("标题 成为可靠的伙伴 → 改为 成为值得信赖的伙伴");
	}

}
