package dev.lodestar.scoring.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Pages;
import dev.lodestar.support.PageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ScorePagesIntegrationTests extends PageIntegrationTest {

	@Test
	void composesTheScoresIntoTheObjectivePage() {
		var owner = api.newPerson("Composer");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Composed");

		var page = Pages.html(pages.get("/objectives/" + objective, owner));

		assertThat(page.select("#scores").attr("hx-get")).isEqualTo("/objectives/" + objective + "/scores");
	}

	@Test
	void showsEachScoreWithItsBandAndExplainsTheBands() {
		var owner = api.newPerson("Bands");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Banded");
		long healthy = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		long safe = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		api.score(owner, healthy, "0.7", 0);
		api.score(owner, safe, "1.0", 0);

		var section = Pages.html(pages.get("/objectives/" + objective + "/scores", owner));

		assertThat(section.select(".objective-score strong").text()).isEqualTo("0.85");
		assertThat(section.select(".objective-score .band-text").text()).isEqualTo("was it ambitious enough?");
		assertThat(section.select("#kr-" + healthy + "-score .band-text").text()).isEqualTo("healthy ambition");
		assertThat(section.select("#kr-" + safe + "-score .band-text").text()).isEqualTo("a stretch that was not a stretch");
		assertThat(section.select("#kr-" + safe + "-score .badge").text()).isEqualTo("forecast");
		assertThat(section.select(".score-bands dd").eachText()).containsExactly("missed — what did we learn?",
				"progress made", "healthy ambition", "was it ambitious enough?", "a stretch that was not a stretch");
	}

	@Test
	void showsTheScoresInChinese() {
		var owner = api.newPerson("Li");
		api.speaksChinese(owner);
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "中文目标");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		api.score(owner, keyResult, "0.3", 0);

		var section = Pages.html(pages.get("/objectives/" + objective + "/scores", owner));

		assertThat(section.select("h2").text()).isEqualTo("评分");
		assertThat(section.select("#kr-" + keyResult + "-score .band-text").text()).isEqualTo("未达成——我们学到了什么？");
	}

	@Test
	void offersTheScoreFormOnlyToThoseWhoMayScore() {
		var owner = api.newPerson("Former");
		var reader = api.newPerson("Reader");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Open to read");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		var ownersView = Pages.html(pages.get("/objectives/" + objective + "/scores", owner));
		var readersView = Pages.html(pages.get("/objectives/" + objective + "/scores", reader));

		assertThat(ownersView.select("button[hx-get=/key-results/" + keyResult + "/score-form]")).hasSize(1);
		assertThat(readersView.select("button[hx-get=/key-results/" + keyResult + "/score-form]")).isEmpty();
		assertThat(pages.get("/key-results/" + keyResult + "/score-form", reader)).hasStatus(403);
	}

	@Test
	void recordsAScoreAndTellsThePageToRefreshItsScores() {
		var owner = api.newPerson("Saver");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Saved"), "INCREASE", 0, 10);
		var form = Pages.html(pages.get("/key-results/" + keyResult + "/score-form", owner));

		var saved = pages.post("/key-results/" + keyResult + "/score", owner,
				Map.of("score", "0.6", "reason", "most of it", "weight", "1", "version", form.select("input[name=version]").val(),
						"idempotencyKey", form.select("input[name=idempotencyKey]").val()),
				"HX-Request", "true");

		assertThat(saved).hasStatus(204).hasHeader("HX-Trigger", "scored-" + keyResult + ", scored");
		assertThat(api.get("/api/v1/key-results/" + keyResult + "/scores", owner)).bodyJson()
			.extractingPath("$[0].reason").isEqualTo("most of it");
		var again = Pages.html(pages.get("/key-results/" + keyResult + "/score-form", owner));
		assertThat(again.select("input[name=version]").val()).isEqualTo("1");
		assertThat(again.select("input[name=score]").val()).isEqualTo("0.6");
	}

	@Test
	void showsARefusedScoreNextToItsFieldInThePersonsLanguageAndSavesNothing() {
		var owner = api.newPerson("Wang");
		api.speaksChinese(owner);
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "细致"), "INCREASE", 0, 10);

		var refused = pages.post("/key-results/" + keyResult + "/score", owner,
				Map.of("score", "0.55", "reason", "x".repeat(5000), "version", "0", "idempotencyKey", Api.unique("refused")));

		assertThat(refused).hasStatus(422);
		var form = Pages.html(refused);
		assertThat(form.select("#kr-" + keyResult + "-score-value-error").text()).isEqualTo("必须是 0.1 的整数倍，例如 0.6 或 0.7");
		assertThat(form.select("#kr-" + keyResult + "-score-reason-error").text()).isNotEmpty();
		assertThat(form.select("input[name=score]").attr("aria-invalid")).isEqualTo("true");
		assertThat(api.get("/api/v1/key-results/" + keyResult + "/scores", owner)).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void readsAnObjectivesScoresInTheSameNumberOfStatementsHoweverManyKeyResults() {
		var owner = api.newPerson("Counted");
		long cycle = api.newCycle("ACTIVE");
		long few = api.newPersonalObjective(owner, cycle, "Few");
		api.score(owner, api.newKeyResult(owner, few, "INCREASE", 0, 10), "0.5", 0);
		long many = api.newPersonalObjective(owner, cycle, "Many");
		for (int i = 0; i < 4; i++) {
			api.score(owner, api.newKeyResult(owner, many, "INCREASE", 0, 10), "0." + (i + 5), 0);
		}

		statements.reset();
		pages.get("/objectives/" + few + "/scores", owner);
		int fewCount = statements.count();
		statements.reset();
		pages.get("/objectives/" + many + "/scores", owner);

		assertThat(statements.count()).isEqualTo(fewCount);
	}
}
