package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/** The page of one objective: everything about it in one place, for whoever may see it, and nothing for anyone else. */
class ObjectivePageIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void showsTheOwnerCycleHintsAndEveryKeyResultWithItsProgress() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Support", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(lead, cycle, team, "Answer 90% of questions on first contact");
		long measured = api.newKeyResult(lead, objective, "INCREASE", 0, 200);
		long activity = Api.id(api.post("/api/v1/objectives/" + objective + "/key-results", lead, Map.of("title",
				"Hold a weekly FAQ review", "kind", "MILESTONE", "ownerPersonId", lead.personId())));
		api.post("/api/v1/key-results/" + measured + "/check-ins", lead, Map.of("value", 50, "confidence", 7));

		var page = pages.get("/objectives/" + objective, lead);

		assertThat(page).hasStatusOk();
		var document = html(page);
		assertThat(document.select("h1").text()).isEqualTo("Answer 90% of questions on first contact");
		assertThat(document.select(".objective-head .hint").text()).contains("put numbers into key results");
		assertThat(document.select(".facts a[href=/teams/" + team + "]").text()).startsWith("Support");
		assertThat(document.select(".facts").text()).contains("(active)");
		assertThat(document.select("#kr-" + measured + " .kr-title").text()).startsWith("Customers say yes");
		assertThat(document.select("#kr-" + measured + " .progress-line span").text()).isEqualTo("25%");
		assertThat(document.select("#kr-" + activity + " .hint").text()).contains("reads like an activity");
		assertThat(document.select("#objective-progress progress").attr("value")).isEqualTo("12.5");
		assertThat(document.select("#kr-" + measured + "-history").attr("hx-get")).isEqualTo("/key-results/" + measured + "/history");
		assertThat(document.select("#kr-" + measured + "-history").attr("hx-trigger")).contains("checked-in-" + measured + " from:body");
		assertThat(document.select("#changes [hx-get]").attr("hx-get")).isEqualTo("/objectives/" + objective + "/history");
	}

	@Test
	void namesTheViewersOfAPrivateObjective() {
		var owner = api.newPerson("Owner");
		var viewer = api.newPerson("Trusted");
		long cycle = api.newCycle("ACTIVE");
		long objective = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId",
				owner.personId(), "title", "Prepare a quiet change", "visibility", "PRIVATE", "viewerIds", List.of(viewer.personId()))));

		var document = html(pages.get("/objectives/" + objective, viewer));

		assertThat(document.select(".badge.private").text()).isEqualTo("Private");
		assertThat(document.select(".facts").text()).contains("Only its owner, admins and Trusted");
		assertThat(document.select(".facts a[href=/people/" + owner.personId() + "]").text()).isEqualTo("Owner");
	}

	@Test
	void isAbsentWithEveryFragmentForSomeoneWhoMayNotSeeIt() {
		var owner = api.newPerson("Owner");
		var stranger = api.newPerson("Stranger");
		long cycle = api.newCycle("ACTIVE");
		long objective = Api.id(api.post("/api/v1/objectives", owner,
				Map.of("cycleId", cycle, "ownerPersonId", owner.personId(), "title", "Secret plan", "visibility", "PRIVATE")));
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		assertThat(pages.get("/objectives/" + objective, stranger)).hasStatus(404);
		assertThat(pages.get("/objectives/" + objective + "/progress", stranger)).hasStatus(404);
		assertThat(pages.get("/objectives/" + objective + "/history", stranger)).hasStatus(404);
		assertThat(pages.get("/key-results/" + keyResult + "/history", stranger)).hasStatus(404);
		assertThat(pages.get("/objectives/" + objective + "/edit", stranger)).hasStatus(404);
		assertThat(pages.get("/objectives/" + objective, owner)).hasStatusOk();
		assertThat(pages.get("/objectives/987654321", owner)).hasStatus(404);
	}

	@Test
	void offersChangesOnlyToThoseWhoMayMakeThem() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Become a calmer planner");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		var mine = html(pages.get("/objectives/" + objective, owner));
		var theirs = html(pages.get("/objectives/" + objective, colleague));

		assertThat(mine.select("a[href=/objectives/" + objective + "/edit]")).hasSize(1);
		assertThat(mine.select("a[href=/objectives/" + objective + "/delete]")).hasSize(1);
		assertThat(mine.select("a[href=/objectives/" + objective + "/key-results/new]")).hasSize(1);
		assertThat(mine.select("a[href=/key-results/" + keyResult + "/edit]")).hasSize(1);
		assertThat(theirs.select("a[href^=/objectives/" + objective + "/], a[href^=/key-results/]")).isEmpty();
		assertThat(theirs.select("#comment-form")).hasSize(1);
		assertThat(pages.get("/objectives/" + objective + "/edit", colleague)).hasStatus(403);
	}

	@Test
	void explainsTheCapInsteadOfOfferingAFifthKeyResult() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Focus on what matters");
		for (int i = 0; i < 4; i++) {
			api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		}

		var document = html(pages.get("/objectives/" + objective, owner));

		assertThat(document.select("a[href=/objectives/" + objective + "/key-results/new]")).isEmpty();
		assertThat(document.select("section[aria-labelledby=key-results-heading] .notice").text())
			.contains("at most 4 key results").contains("keep the ones that matter most");
	}

	@Test
	void showsItsProgressAgainAfterACheckIn() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Move steadily");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		var before = html(pages.get("/objectives/" + objective, owner));
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", 4, "confidence", 6));

		var fragment = html(pages.get("/objectives/" + objective + "/progress", owner, "HX-Request", "true"));

		assertThat(before.select("#objective-progress").attr("hx-trigger")).isEqualTo("checked-in-" + keyResult + " from:body");
		assertThat(fragment.select("#objective-progress progress").attr("value")).isEqualTo("40.0");
		assertThat(fragment.select("html > head > title")).isEmpty();
	}

	@Test
	void speaksChineseToSomeoneWhoChoseIt() {
		var owner = api.newPerson("Owner");
		api.speaksChinese(owner);
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "把客户服务做到 100 分");

		var document = html(pages.get("/objectives/" + objective, owner));

		assertThat(document.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(document.select("#key-results-heading").text()).isEqualTo("关键结果");
		assertThat(document.select(".objective-head .hint").text()).contains("请把数字放进关键结果");
		assertThat(document.select(".objective-head .actions a").eachText()).containsExactly("编辑目标", "删除目标");
	}

	@Test
	void issuesTheSameNumberOfStatementsForOneKeyResultAsForFourWithLongHistories() {
		var owner = api.newPerson("Owner");
		var viewer = api.newPerson("Viewer");
		long cycle = api.newCycle("ACTIVE");
		long small = objectiveWith(owner, viewer, cycle, 1, 1);
		long large = objectiveWith(owner, viewer, cycle, 4, 12);
		pages.get("/objectives/" + small, owner);

		statements.reset();
		assertThat(pages.get("/objectives/" + small, owner)).hasStatusOk();
		int smallCount = statements.count();
		statements.reset();
		assertThat(pages.get("/objectives/" + large, owner)).hasStatusOk();
		int largeCount = statements.count();

		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(smallCount).isLessThanOrEqualTo(12);
	}

	private long objectiveWith(Session owner, Session viewer, long cycle, int keyResults, int checkInsEach) {
		long objective = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId",
				owner.personId(), "title", Api.unique("Objective"), "visibility", "PRIVATE", "viewerIds", List.of(viewer.personId()))));
		for (int k = 0; k < keyResults; k++) {
			long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 100);
			for (int c = 1; c <= checkInsEach; c++) {
				api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", c, "confidence", 5));
			}
		}
		for (int c = 0; c < checkInsEach; c++) {
			api.post("/api/v1/objectives/" + objective + "/comments", viewer, Map.of("text", "Comment " + c));
		}
		return objective;
	}

}
