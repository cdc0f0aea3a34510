package dev.lodestar.feeds;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultFeedPagesIntegrationTests extends PageIntegrationTest {

	private long objective;

	private long keyResultOf(Session owner) {
		objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Deploys every day");
		return api.newKeyResult(owner, objective, "INCREASE", 0, 30);
	}

	@Test
	void connectsAKeyResultFromItsObjectivePageAndShowsTheBadge() {
		var owner = api.newPerson("Connector");
		long keyResult = keyResultOf(owner);
		var page = Pages.html(pages.get("/objectives/" + objective, owner));
		assertThat(page.select("#kr-" + keyResult + "-feed").attr("hx-get")).isEqualTo("/key-results/" + keyResult + "/feed");

		var closed = Pages.html(pages.get("/key-results/" + keyResult + "/feed", owner));
		assertThat(closed.select("button").text()).isEqualTo("Connect an integration");
		var form = Pages.html(pages.get("/key-results/" + keyResult + "/feed/form", owner));
		assertThat(form.select("input[name=mode][checked]").val()).isEqualTo("PULL");
		assertThat(form.select("select[name=every] option[selected]").text()).isEqualTo("every hour");

		var saved = pages.post("/key-results/" + keyResult + "/feed", owner, Map.of("mode", "PULL", "url",
				"https://ci.example.com/stats", "jsonPointer", "/deploys/week", "every", "PT6H", "version", ""), "HX-Request", "true");

		assertThat(saved).hasStatusOk();
		var shown = Pages.html(saved);
		assertThat(shown.select(".badge.integration").text()).isEqualTo("Updated by an integration");
		assertThat(shown.select(".provenance").text()).contains("every 6 hours");
		assertThat(shown.select(".feed-outcome").text()).startsWith("Not read yet");
		assertThat(shown.select("form")).isEmpty();
	}

	@Test
	void readsTheFeedInAFixedNumberOfStatementsWhateverTheHistory() {
		var owner = api.newPerson("Counter");
		long quiet = keyResultOf(owner);
		long busy = api.newKeyResult(owner, objective, "INCREASE", 0, 30);
		for (long keyResult : new long[] { quiet, busy }) {
			api.put("/api/v1/key-results/" + keyResult + "/feed", owner, Map.of("mode", "PUSH"));
		}
		for (int i = 1; i <= 12; i++) {
			api.post("/api/v1/key-results/" + busy + "/check-ins", owner, Map.of("value", i, "confidence", 5));
		}

		statements.reset();
		assertThat(pages.get("/key-results/" + quiet + "/feed", owner)).hasStatusOk();
		int forQuiet = statements.count();
		statements.reset();
		assertThat(pages.get("/key-results/" + busy + "/feed", owner)).hasStatusOk();

		assertThat(statements.count()).isEqualTo(forQuiet);
	}

	@Test
	void keepsEveryChangeOfTheIntegrationInTheObjectivesHistoryWithoutItsAddress() {
		var owner = api.newPerson("Chronicler");
		long keyResult = keyResultOf(owner);
		String feed = "/api/v1/key-results/" + keyResult + "/feed";
		api.put(feed, owner, Map.of("mode", "PULL", "url", "https://ci.example.com/?key=s3cret", "jsonPointer", "/n", "every", "PT1H"));
		api.put(feed, owner, Map.of("mode", "PUSH", "version", 1));
		api.delete(feed, owner);

		var history = Pages.html(pages.get("/objectives/" + objective + "/history", owner));

		var entries = history.select(".changes > li");
		assertThat(entries.select(".change-summary").eachText()).anySatisfy(summary -> assertThat(summary)
			.startsWith("Chronicler set the key result"));
		var connected = entries.stream().filter(entry -> entry.select(".change-summary").text().contains("connected")).findFirst()
			.orElseThrow();
		assertThat(connected.select(".field-changes div").eachText()).containsExactly(
				"How the value arrives Read it from a web address on a schedule", "Web address", "JSON pointer /n", "Read every 60 minutes");
		assertThat(history.text()).doesNotContain("s3cret");
	}

	@Test
	void showsWhatIsWrongBesideTheFieldsAndKeepsWhatWasTyped() {
		var owner = api.newPerson("Typo");
		long keyResult = keyResultOf(owner);

		var refused = pages.post("/key-results/" + keyResult + "/feed", owner, Map.of("mode", "PULL", "url",
				"file:///etc/passwd", "jsonPointer", "deploys", "every", "PT1H", "version", ""), "HX-Request", "true");

		assertThat(refused).hasStatus(422);
		var form = Pages.html(refused);
		assertThat(form.select("#kr-" + keyResult + "-feed-url-error").text()).isEqualTo("must be a web address starting with http:// or https://");
		assertThat(form.select("#kr-" + keyResult + "-feed-pointer-error").text()).startsWith("must be a JSON pointer");
		assertThat(form.select("input[name=url]").val()).isEqualTo("file:///etc/passwd");
		assertThat(api.get("/api/v1/key-results/" + keyResult + "/feed", owner)).hasStatus(404);
	}

	@Test
	void showsTheBadgeToReadersButTheFormOnlyToWhoeverMayChangeTheKeyResult() {
		var owner = api.newPerson("Owner");
		var reader = api.newPerson("Reader");
		long keyResult = keyResultOf(owner);
		api.put("/api/v1/key-results/" + keyResult + "/feed", owner, Map.of("mode", "PUSH"));

		var seen = Pages.html(pages.get("/key-results/" + keyResult + "/feed", reader));
		assertThat(seen.select(".provenance").text()).isEqualTo("Updated by an integration Another system checks in with a check-ins-only API token.");
		assertThat(seen.select("button")).isEmpty();
		assertThat(pages.get("/key-results/" + keyResult + "/feed/form", reader)).hasStatus(403);
		assertThat(pages.post("/key-results/" + keyResult + "/feed/remove", reader, Map.of())).hasStatus(403);

		var removed = Pages.html(pages.post("/key-results/" + keyResult + "/feed/remove", owner, Map.of(), "HX-Request", "true"));
		assertThat(removed.select(".badge")).isEmpty();
		assertThat(removed.select("button").text()).isEqualTo("Connect an integration");
	}
}
