package dev.lodestar.alignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentMapApiIntegrationTests extends ApiIntegrationTest {

	/**
	 * A cycle of its own far from the others' quarter, so that the many objectives drawn here never crowd the
	 * objectives other tests search for in the cycles that contain theirs.
	 */
	private long mapCycle() {
		return api.newCycle("ACTIVE", "2031-01-01", "2031-03-31");
	}

	/** A chain of objectives of six teams under one company: zenith ← a ← b ← focus ← d ← e ← f. */
	private record Chain(long cycle, long company, long focusTeam, long zenith, long a, long b, long focus, long d, long e,
			long f) {
	}

	private Chain chain() {
		var admin = api.admin();
		long cycle = mapCycle();
		long company = api.newTeam("Company", null, List.of(), List.of());
		long[] teams = new long[7];
		for (int i = 0; i < teams.length; i++) {
			teams[i] = api.newTeam("Team", company, List.of(), List.of());
		}
		long[] objectives = new long[7];
		for (int i = 0; i < objectives.length; i++) {
			objectives[i] = api.newTeamObjective(admin, cycle, teams[i], "Step " + i);
		}
		for (int i = 1; i < objectives.length; i++) {
			api.link(admin, objectives[i], objectives[i - 1], null);
		}
		return new Chain(cycle, company, teams[3], objectives[0], objectives[1], objectives[2], objectives[3], objectives[4],
				objectives[5], objectives[6]);
	}

	private MvcTestResult map(long cycle, Api.Session as, String query) {
		return api.get("/api/v1/cycles/" + cycle + "/alignment-map" + query, as);
	}

	private static List<String> keys(MvcTestResult result) {
		return Api.read(result, "$.nodes[*].key");
	}

	private static List<Map<String, Object>> edges(MvcTestResult result, String kind) {
		return Api.read(result, "$.edges[?(@.kind == '" + kind + "')]");
	}

	private static Map<String, Object> node(MvcTestResult result, String key) {
		List<Map<String, Object>> found = Api.read(result, "$.nodes[?(@.key == '" + key + "')]");
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void theWholeCycleShowsTeamsObjectivesByProgressAndWhatSupportsWhat() {
		var admin = api.admin();
		long cycle = mapCycle();
		long company = api.newTeam("Company", null, List.of(), List.of());
		long sales = api.newTeam("Sales", company, List.of(), List.of());
		long top = api.newTeamObjective(admin, cycle, company, "Customers love us");
		long topKr = api.newKeyResult(admin, top, "PERCENTAGE", 0, 100);
		long child = api.newTeamObjective(admin, cycle, sales, "Every call answered");
		long childKr = api.newKeyResult(admin, child, "PERCENTAGE", 0, 100);
		assertThat(api.post("/api/v1/key-results/" + childKr + "/check-ins", admin,
				Map.of("value", 40, "confidence", 7, "note", "going"))).hasStatus(201);
		long link = api.link(admin, child, top, topKr);
		assertThat(api.put("/api/v1/alignment-links/" + link, admin, Map.of("rollUp", true, "version", 0))).hasStatusOk();

		var map = map(cycle, admin, "");

		assertThat(map).hasStatusOk();
		assertThat(keys(map)).contains("t" + company, "t" + sales, "o" + top, "o" + child);
		assertThat(node(map, "t" + sales)).containsEntry("parent", "t" + company).containsEntry("kind", "TEAM");
		assertThat(node(map, "o" + child)).containsEntry("parent", "t" + sales).containsEntry("title", "Every call answered")
			.containsEntry("visible", true).containsEntry("progress", 40);
		assertThat(node(map, "o" + top)).containsEntry("rolledUpProgress", 40).containsEntry("progress", 0);
		var supports = edges(map, "SUPPORTS");
		assertThat(supports).hasSize(1);
		assertThat(supports.get(0)).containsEntry("source", "o" + child).containsEntry("target", "o" + top)
			.containsEntry("keyResultId", (int) topKr).containsEntry("rollUp", true);
		assertThat((String) supports.get(0).get("keyResultTitle")).startsWith("Customers say yes");
		assertThat(map).bodyJson().extractingPath("$.objectives").asNumber().isEqualTo(2);
	}

	@Test
	void aTeamsNeighbourhoodReachesTwoLevelsUpAndDownButNotThree() {
		Chain chain = chain();

		var map = map(chain.cycle(), api.admin(), "?teamId=" + chain.focusTeam());

		assertThat(map).hasStatusOk().bodyJson().extractingPath("$.focusTeamId").asNumber().isEqualTo((int) chain.focusTeam());
		assertThat(keys(map)).contains("o" + chain.a(), "o" + chain.b(), "o" + chain.focus(), "o" + chain.d(), "o" + chain.e(),
				"t" + chain.focusTeam(), "t" + chain.company())
			.doesNotContain("o" + chain.zenith(), "o" + chain.f());
		assertThat(edges(map, "SUPPORTS")).hasSize(4);
		assertThat(node(map, "o" + chain.a())).containsEntry("more", true);
		assertThat(node(map, "o" + chain.e())).containsEntry("more", true);
		assertThat(node(map, "o" + chain.focus())).doesNotContainKey("more");
	}

	@Test
	void aNeighbourhoodShowsContributionsAndOpenRequestsWithOtherTeamsSideways() {
		var admin = api.admin();
		var lead = api.newPerson("Lead");
		long cycle = mapCycle();
		long focusTeam = api.newTeam("Focus", null, List.of(lead.personId()), List.of());
		long partner = api.newTeam("Partner", null, List.of(), List.of());
		long asker = api.newTeam("Asker", null, List.of(), List.of());
		long partnerObjective = api.newTeamObjective(admin, cycle, partner, "Partner goal");
		long partnerKr = api.newKeyResult(admin, partnerObjective, "PERCENTAGE", 0, 100);
		long askerObjective = api.newTeamObjective(admin, cycle, asker, "Asker goal");
		long askerKr = api.newKeyResult(admin, askerObjective, "PERCENTAGE", 0, 100);
		long agreed = ask(partnerKr, focusTeam, "Help the partner");
		assertThat(api.post("/api/v1/contribution-requests/" + agreed + "/accept", lead, Map.of("version", 0))).hasStatusOk();
		long open = ask(askerKr, focusTeam, "Help the asker");

		var map = map(cycle, lead, "?teamId=" + focusTeam);

		assertThat(keys(map)).contains("o" + partnerObjective, "o" + askerObjective, "t" + partner, "t" + asker);
		var contributions = edges(map, "CONTRIBUTION");
		assertThat(contributions).hasSize(1);
		assertThat(contributions.get(0)).containsEntry("target", "o" + partnerObjective).containsEntry("requestId", (int) agreed);
		var requested = edges(map, "REQUESTED");
		assertThat(requested).hasSize(1);
		assertThat(requested.get(0)).containsEntry("source", "t" + focusTeam).containsEntry("target", "o" + askerObjective)
			.containsEntry("requestId", (int) open).containsEntry("keyResultId", (int) askerKr);
	}

	private long ask(long keyResult, long askedTeam, String title) {
		Map<String, Object> proposal = new LinkedHashMap<>();
		proposal.put("type", "OBJECTIVE");
		proposal.put("title", title);
		var asked = api.post("/api/v1/contribution-requests", api.admin(),
				Map.of("servesKeyResultId", keyResult, "askedTeamId", askedTeam, "proposal", proposal));
		assertThat(asked).hasStatus(201);
		return Api.id(asked);
	}

	@Test
	void anExpansionShowsWhatIsOneLinkAwayFromAnObjective() {
		Chain chain = chain();

		var around = map(chain.cycle(), api.admin(), "?aroundObjectiveId=" + chain.e());

		assertThat(around).hasStatusOk().bodyJson().extractingPath("$.aroundObjectiveId").asNumber().isEqualTo((int) chain.e());
		assertThat(keys(around)).contains("o" + chain.d(), "o" + chain.e(), "o" + chain.f(), "t" + chain.company())
			.doesNotContain("o" + chain.focus());
		assertThat(edges(around, "SUPPORTS")).hasSize(2);
		assertThat(node(around, "o" + chain.d())).containsEntry("more", true);
		assertThat(map(chain.cycle(), api.admin(), "?aroundObjectiveId=" + chain.e() + "&teamId=" + chain.focusTeam()))
			.hasStatus(400);
	}

	@Test
	void aPrivateObjectiveIsOnlyCountedForThoseWhoMayNotSeeIt() {
		var owner = api.newPerson("Owner");
		var stranger = api.newPerson("Stranger");
		long cycle = mapCycle();
		long team = api.newTeam("Home", null, List.of(owner.personId()), List.of());
		long open = api.newTeamObjective(owner, cycle, team, "Open goal");
		var secret = api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "Secret plan", "visibility", "PRIVATE"));
		long hidden = Api.id(secret);
		long keyResult = api.newKeyResult(owner, hidden, "PERCENTAGE", 0, 100);
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner,
				Map.of("value", 50, "confidence", 5, "note", "half"))).hasStatus(201);
		api.link(owner, hidden, open, null);

		for (String query : List.of("", "?teamId=" + team, "?aroundObjectiveId=" + open)) {
			var seenByStranger = map(cycle, stranger, query);
			assertThat(node(seenByStranger, "o" + hidden)).containsOnlyKeys("key", "kind", "parent", "visible")
				.containsEntry("visible", false).containsEntry("parent", "p" + owner.personId());
			assertThat(Api.body(seenByStranger)).doesNotContain("Secret plan");
			assertThat(seenByStranger).bodyJson().extractingPath("$.hiddenObjectives").asNumber().isEqualTo(1);
			var seenByOwner = map(cycle, owner, query);
			assertThat(node(seenByOwner, "o" + hidden)).containsEntry("title", "Secret plan").containsEntry("progress", 50)
				.containsEntry("id", (int) hidden);
			assertThat(seenByOwner).bodyJson().extractingPath("$.hiddenObjectives").asNumber().isEqualTo(0);
		}
		assertThat(node(map(cycle, stranger, ""), "p" + owner.personId())).containsEntry("parent", "t" + team);
		assertThat(map(cycle, stranger, "?aroundObjectiveId=" + hidden)).hasStatus(404);
	}

	@Test
	void everyMapCostsTheSameNumberOfStatementsWhateverTheSize() {
		var small = organisation(1);
		var large = organisation(5);

		for (String query : List.of("", "?teamId=%d", "?aroundObjectiveId=%d")) {
			int forSmall = countStatements(small, query);
			int forLarge = countStatements(large, query);
			assertThat(forLarge).as(query).isEqualTo(forSmall);
		}
	}

	private record Organisation(long cycle, long company, long top) {
	}

	/** A company objective with a key result, supported by {@code size} teams' objectives and by as many people's. */
	private Organisation organisation(int size) {
		var admin = api.admin();
		long cycle = mapCycle();
		long company = api.newTeam("Company", null, List.of(), List.of());
		long top = api.newTeamObjective(admin, cycle, company, "Top");
		long topKr = api.newKeyResult(admin, top, "PERCENTAGE", 0, 100);
		for (int i = 0; i < size; i++) {
			var person = api.newPerson("Member");
			long team = api.newTeam("Team", company, List.of(person.personId()), List.of());
			long objective = api.newTeamObjective(admin, cycle, team, "Team goal");
			long keyResult = api.newKeyResult(admin, objective, "PERCENTAGE", 0, 100);
			api.post("/api/v1/key-results/" + keyResult + "/check-ins", admin, Map.of("value", 10, "confidence", 5, "note", "n"));
			api.link(admin, objective, top, topKr);
			long personal = api.newPersonalObjective(person, cycle, "Mine");
			api.link(person, personal, objective, null);
			ask(topKr, team, "Asked");
		}
		return new Organisation(cycle, company, top);
	}

	private int countStatements(Organisation organisation, String query) {
		String filled = query.contains("teamId") ? query.formatted(organisation.company())
				: query.contains("around") ? query.formatted(organisation.top()) : query;
		statements.reset();
		assertThat(map(organisation.cycle(), api.admin(), filled)).hasStatusOk();
		return statements.count();
	}
}
