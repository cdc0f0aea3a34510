package dev.lodestar.cycles;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCycleReopenPagesIntegrationTests extends PageIntegrationTest {

	private long closedCycle() {
		long cycle = api.newCycle("ACTIVE");
		assertThat(api.post("/api/v1/cycles/" + cycle + "/close", api.admin(), Map.of("version", 0))).hasStatusOk();
		return cycle;
	}

	private String stateOf(long cycle) {
		return Api.read(api.get("/api/v1/cycles/" + cycle, api.admin()), "$.state");
	}

	@Test
	void theAdminCyclePageLinksToTheCloseOutAndOffersAReopenOnlyForAClosedCycle() {
		long open = api.newCycle("ACTIVE");
		long closed = closedCycle();

		Document openPage = Pages.html(pages.get("/admin/cycles/" + open, api.admin()));
		Document closedPage = Pages.html(pages.get("/admin/cycles/" + closed, api.admin()));

		assertThat(openPage.select("a[href=/cycles/" + open + "/closing]").text())
			.isEqualTo("Close-out: final scores and closing this cycle");
		assertThat(openPage.select("form[action=/admin/cycles/" + open + "/reopen]")).isEmpty();
		assertThat(closedPage.select("form[action=/admin/cycles/" + closed + "/reopen] textarea[name=reason]")).hasSize(1);
		assertThat(closedPage.select("#reopen-heading").text()).isEqualTo("Reopen this cycle");
	}

	@Test
	void theReopenFormSpeaksChinese() {
		var admin = api.newPerson("Chineseadmin", true);
		speaksChinese(admin);
		long closed = closedCycle();

		Document page = Pages.html(pages.get("/admin/cycles/" + closed, admin));

		assertThat(page.select("#reopen-heading").text()).isEqualTo("重新打开本周期");
		assertThat(page.select("label[for=reopen-reason]").text()).isEqualTo("为什么要重新打开？");
	}

	@Test
	void reopeningWithoutAReasonShowsTheFormAgainAndKeepsTheCycleClosed() {
		long closed = closedCycle();

		var refused = pages.post("/admin/cycles/" + closed + "/reopen", api.admin(), Map.of("reason", " ", "version", "1"));

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#reopen-reason-error").text()).isNotBlank();
		assertThat(stateOf(closed)).isEqualTo("CLOSED");
	}

	@Test
	void reopeningWithAReasonOpensTheCycleAndSaysSo() {
		long closed = closedCycle();

		var reopened = pages.post("/admin/cycles/" + closed + "/reopen", api.admin(),
				Map.of("reason", "A key result was never scored", "version", "1"));

		assertThat(reopened).hasRedirectedUrl("/admin/cycles/" + closed + "?done=reopened");
		assertThat(stateOf(closed)).isEqualTo("ACTIVE");
		Document page = Pages.html(pages.get("/admin/cycles/" + closed + "?done=reopened", api.admin()));
		assertThat(page.select(".notice").text()).contains("open again");
		assertThat(page.select("form[action=/admin/cycles/" + closed + "/reopen]")).isEmpty();
		assertThat(page.select("[hx-get=/admin/cycles/" + closed + "/history]")).hasSize(1);
	}

	@Test
	void theCycleHistoryShowsTheCloseAndTheReopenWithItsReason() {
		var admin = api.newPerson("Historian", true);
		long closed = closedCycle();
		pages.post("/admin/cycles/" + closed + "/reopen", api.admin(), Map.of("reason", "A key result was never scored", "version", "1"));

		Document history = Pages.html(pages.get("/admin/cycles/" + closed + "/history", admin));

		assertThat(history.select(".change-summary").eachText().get(0)).contains("reopened the cycle");
		assertThat(history.select("li").first().select("dd").eachText()).contains("A key result was never scored");
		assertThat(history.select("li").get(1).select("dd").text()).contains("active", "closed");
		speaksChinese(admin);
		Document chinese = Pages.html(pages.get("/admin/cycles/" + closed + "/history", admin));
		assertThat(chinese.select(".change-summary").eachText().get(0)).contains("重新打开了本周期");
		assertThat(chinese.select("li").first().select("dt").eachText()).contains("原因");
	}

	@Test
	void someoneWhoIsNoAdminCannotReopenACycle() {
		var member = api.newPerson("Member");
		long closed = closedCycle();

		assertThat(pages.post("/admin/cycles/" + closed + "/reopen", member, Map.of("reason", "Please", "version", "1")))
			.hasStatus(403);
		assertThat(stateOf(closed)).isEqualTo("CLOSED");
	}
}
