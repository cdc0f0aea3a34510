package dev.lodestar.alignment.web;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentMapPagesIntegrationTests extends PageIntegrationTest {

	/**
	 * A cycle of its own far from the others' quarter, so that the many objectives drawn here never crowd the
	 * objectives other tests search for in the cycles that contain theirs.
	 */
	private long mapCycle() {
		return api.newCycle("ACTIVE", "2031-01-01", "2031-03-31");
	}

	private record Scene(long cycle, long team, long open, long hidden, Api.Session owner) {
	}

	private Scene scene() {
		var owner = api.newPerson("Owner");
		long cycle = mapCycle();
		long team = api.newTeam("Mappers", null, List.of(owner.personId()), List.of());
		long open = api.newTeamObjective(owner, cycle, team, "Chart the coast");
		long hidden = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "Secret harbour", "visibility", "PRIVATE")));
		api.link(owner, hidden, open, null);
		return new Scene(cycle, team, open, hidden, owner);
	}

	private static String mapData(Document page) {
		return page.select("#alignment-map").attr("data-map");
	}

	@Test
	void showsTheWholeCycleWithWhatTheScriptNeedsAndAPrivateObjectiveOnlyCounted() {
		Scene scene = scene();
		var stranger = api.newPerson("Stranger");

		var result = pages.get("/alignment?cycle=" + scene.cycle(), stranger);

		assertThat(result).hasStatusOk();
		var page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("Alignment map");
		assertThat(page.select("nav a[href=/alignment]").attr("aria-current")).isEqualTo("page");
		assertThat(page.select("nav a[href=/alignment/coverage]").attr("aria-current")).isEmpty();
		assertThat(page.select("script[src=/js/alignment-map.js]")).hasSize(1);
		assertThat(page.select("script[src=/webjars/echarts/dist/echarts.min.js]")).hasSize(1);
		var map = page.select("#alignment-map");
		assertThat(map.attr("data-around-url")).isEqualTo("/alignment/around/");
		assertThat(map.attr("data-objective-url")).isEqualTo("/objectives/");
		String data = mapData(page);
		assertThat(JsonPath.<List<String>>read(data, "$.nodes[*].key")).contains("o" + scene.open(), "o" + scene.hidden(),
				"t" + scene.team());
		assertThat(JsonPath.<List<Boolean>>read(data, "$.nodes[?(@.key == 'o" + scene.hidden() + "')].visible")).containsExactly(false);
		assertThat(data).doesNotContain("Secret harbour");
		assertThat(JsonPath.<String>read(map.attr("data-labels"), "$.privateObjective")).isEqualTo("a private objective");
		assertThat(page.select(".map-legend").text()).contains("a private objective", "Supports (vertical link)");
		assertThat(page.text()).contains("2 objectives, one of them private.");
		assertThat(page.select("#team-picker option[selected]").attr("value")).isEqualTo("all");
	}

	@Test
	void speaksChineseToAChineseReader() {
		Scene scene = scene();
		var reader = api.newPerson("Reader");
		speaksChinese(reader);

		var page = Pages.html(pages.get("/alignment?cycle=" + scene.cycle(), reader));

		assertThat(page.select("h1").text()).isEqualTo("对齐地图");
		assertThat(page.select("nav a[href=/alignment]").text()).isEqualTo("对齐地图");
		assertThat(JsonPath.<String>read(page.select("#alignment-map").attr("data-labels"), "$.privateObjective"))
			.isEqualTo("一个私密目标");
		assertThat(JsonPath.<String>read(page.select("#alignment-map").attr("data-labels"), "$.locale")).isEqualTo("ZH");
		assertThat(page.select(".map-legend").text()).contains("一个私密目标");
		assertThat(page.text()).contains("2 个目标，其中 1 个为私密目标。");
	}

	@Test
	void aChosenTeamShowsItsNeighbourhoodAndTheOwnerSeesTheirPrivateObjective() {
		Scene scene = scene();

		var page = Pages.html(pages.get("/alignment?cycle=" + scene.cycle() + "&team=" + scene.team(), scene.owner()));

		assertThat(page.select("#team-picker option[selected]").attr("value")).isEqualTo(String.valueOf(scene.team()));
		String data = mapData(page);
		assertThat(JsonPath.<Integer>read(data, "$.focusTeamId")).isEqualTo((int) scene.team());
		assertThat(data).contains("Secret harbour");
	}

	@Test
	void expandsAroundAnObjectiveForTheScriptButNeverAroundAPrivateOne() {
		Scene scene = scene();
		var stranger = api.newPerson("Stranger");

		var around = pages.get("/alignment/around/" + scene.open(), stranger);

		assertThat(around).hasStatusOk();
		assertThat(around).bodyJson().extractingPath("$.aroundObjectiveId").asNumber().isEqualTo((int) scene.open());
		assertThat(Api.body(around)).contains("\"o" + scene.hidden() + "\"").doesNotContain("Secret harbour");
		assertThat(pages.get("/alignment/around/" + scene.hidden(), stranger)).hasStatus(404);
	}

	@Test
	void opensOnTheReadersTeamWhenTheCycleHasTooManyObjectivesToReadAtOnce() {
		var reader = api.newPerson("Reader");
		long cycle = mapCycle();
		long home = api.newTeam("Home", null, List.of(reader.personId()), List.of());
		api.newTeamObjective(api.admin(), cycle, home, "Ours");
		int objectives = 1;
		while (objectives <= AlignmentMapPagesController.WHOLE_CYCLE_LIMIT) {
			long team = api.newTeam("Crowd", null, List.of(), List.of());
			for (int i = 0; i < 5; i++, objectives++) {
				api.newTeamObjective(api.admin(), cycle, team, "Crowded " + i);
			}
		}

		var page = Pages.html(pages.get("/alignment?cycle=" + cycle, reader));

		assertThat(JsonPath.<Integer>read(mapData(page), "$.focusTeamId")).isEqualTo((int) home);
		assertThat(page.select("#team-picker option[selected]").attr("value")).isEqualTo(String.valueOf(home));
		assertThat(page.text()).contains("The cycle has many objectives, so the map opens on your team");
		var whole = Pages.html(pages.get("/alignment?cycle=" + cycle + "&team=all", reader));
		assertThat(JsonPath.<Integer>read(mapData(whole), "$.objectives")).isEqualTo(objectives);
	}
}
