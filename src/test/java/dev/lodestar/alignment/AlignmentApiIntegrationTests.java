package dev.lodestar.alignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentApiIntegrationTests extends ApiIntegrationTest {

	private static Map<String, Object> parent(Long objectiveId, Long keyResultId) {
		Map<String, Object> body = new HashMap<>();
		body.put("parentObjectiveId", objectiveId);
		body.put("parentKeyResultId", keyResultId);
		return body;
	}

	@Test
	void aChildShowsWhatItSupportsAndTheParentListsItsSupporters() {
		var lead = api.newPerson("Lead");
		long cycle = api.newCycle("ACTIVE");
		long company = api.newTeamObjective(api.admin(), cycle, api.newTeam("Company", null, List.of(), List.of()), "Delight every customer");
		long keyResult = api.newKeyResult(api.admin(), company, "PERCENTAGE", 0, 80);
		long team = api.newTeam("Support", null, List.of(lead.personId()), List.of());
		long child = api.newTeamObjective(lead, cycle, team, "Answer before they ask");

		var created = api.post("/api/v1/objectives/" + child + "/alignment-links", lead, parent(null, keyResult));

		assertThat(created).hasStatus(201).hasHeader("Location", "/api/v1/alignment-links/" + api.id(created));
		assertThat(created).bodyJson().extractingPath("$.parentObjectiveId").asNumber().isEqualTo((int) company);
		assertThat(api.get("/api/v1/objectives/" + child + "/alignment", lead)).hasStatusOk().bodyJson()
			.extractingPath("$.supports[0].keyResultId").asNumber().isEqualTo((int) keyResult);
		assertThat(api.get("/api/v1/objectives/" + company + "/alignment", lead)).bodyJson()
			.extractingPath("$.supportedBy[*].title").asArray().containsExactly("Answer before they ask");
	}

	@Test
	void aRetriedLinkWithTheSameIdempotencyKeyIsAddedOnceAndAnsweredAlike() {
		var owner = api.newPerson("Retrier");
		long cycle = api.newCycle("ACTIVE");
		long child = api.newPersonalObjective(owner, cycle, "Child");
		long parent = api.newPersonalObjective(owner, cycle, "Parent");
		String uri = "/api/v1/objectives/" + child + "/alignment-links";

		var first = api.post(uri, owner, parent(parent, null), "Idempotency-Key", "link-once");
		var retried = api.post(uri, owner, parent(parent, null), "Idempotency-Key", "link-once");

		assertThat(first).hasStatus(201);
		assertThat(retried).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat(api.id(retried)).isEqualTo(api.id(first));
		assertThat(api.get("/api/v1/objectives/" + parent + "/alignment", owner)).bodyJson()
			.extractingPath("$.supportedBy").asArray().hasSize(1);
	}

	@Test
	void aClosedCyclesAlignmentStaysAsItWas() {
		var owner = api.newPerson("Historian");
		long cycle = api.newCycle("ACTIVE");
		long child = api.newPersonalObjective(owner, cycle, "Child");
		long parent = api.newPersonalObjective(owner, cycle, "Parent");
		long other = api.newPersonalObjective(owner, cycle, "Other");
		long link = api.link(owner, child, parent, null);
		var current = api.get("/api/v1/cycles/" + cycle, api.admin());
		assertThat(api.put("/api/v1/cycles/" + cycle, api.admin(), Map.of("name", api.read(current, "$.name"), "startsOn",
				"2026-10-01", "endsOn", "2026-12-31", "state", "CLOSED", "version", 0))).hasStatusOk();

		assertThat(api.post("/api/v1/objectives/" + other + "/alignment-links", owner, parent(parent, null))).hasStatus(409)
			.bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:cycle-closed");
		assertThat(api.put("/api/v1/alignment-links/" + link, owner, Map.of("rollUp", true, "version", 0))).hasStatus(409);
		assertThat(api.delete("/api/v1/alignment-links/" + link, owner)).hasStatus(409);
		assertThat(api.get("/api/v1/objectives/" + parent + "/alignment", owner)).bodyJson()
			.extractingPath("$.supportedBy[0].rollUp").isEqualTo(false);
	}

	@Test
	void aLinkThatWouldCloseALoopIsRefusedAndNamesTheLoop() {
		var owner = api.newPerson("Looper");
		long cycle = api.newCycle("ACTIVE");
		long a = api.newPersonalObjective(owner, cycle, "Alpha");
		long b = api.newPersonalObjective(owner, cycle, "Beta");
		long c = api.newPersonalObjective(owner, cycle, "Gamma");
		api.link(owner, a, b, null);
		api.link(owner, b, c, null);

		var refused = api.post("/api/v1/objectives/" + c + "/alignment-links", owner, parent(a, null));

		assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.detail").asString()
			.contains("Gamma → Alpha → Beta → Gamma");
		assertThat(api.post("/api/v1/objectives/" + a + "/alignment-links", owner, parent(a, null))).hasStatus(409);
		assertThat(api.get("/api/v1/objectives/" + c + "/alignment", owner)).bodyJson()
			.extractingPath("$.supports").asArray().isEmpty();
	}

	@Test
	void aParentMayBeInALongerCycleThatContainsTheChildsButNotInAnother() {
		var owner = api.newPerson("Planner");
		long quarter = api.newCycle("ACTIVE");
		long year = api.newCycle("ACTIVE", "2026-01-01", "2026-12-31");
		long nextYear = api.newCycle("PLANNING", "2027-01-01", "2027-12-31");
		long child = api.newPersonalObjective(owner, quarter, "Ship the quarter");
		long annual = api.newPersonalObjective(owner, year, "A year customers remember");
		long later = api.newPersonalObjective(owner, nextYear, "Next year");

		assertThat(api.post("/api/v1/objectives/" + child + "/alignment-links", owner, parent(annual, null))).hasStatus(201);
		assertThat(api.post("/api/v1/objectives/" + child + "/alignment-links", owner, parent(later, null))).hasStatus(409)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("parentObjectiveId");
		assertThat(api.post("/api/v1/objectives/" + annual + "/alignment-links", owner, parent(child, null))).hasStatus(409);
	}

	@Test
	void rollUpIsOffUntilTurnedOnAndThenShowsTheMeanOfTheSupporters() {
		var owner = api.newPerson("Roller");
		long cycle = api.newCycle("ACTIVE");
		long parent = api.newPersonalObjective(owner, cycle, "Parent");
		long first = api.newPersonalObjective(owner, cycle, "First");
		long second = api.newPersonalObjective(owner, cycle, "Second");
		long firstKr = api.newKeyResult(owner, first, "PERCENTAGE", 0, 100);
		api.newKeyResult(owner, second, "PERCENTAGE", 0, 100);
		assertThat(api.post("/api/v1/key-results/" + firstKr + "/check-ins", owner,
				Map.of("value", 40, "confidence", 7, "note", "on the way"))).hasStatus(201);
		long firstLink = api.link(owner, first, parent, null);
		long secondLink = api.link(owner, second, parent, null);

		assertThat(api.get("/api/v1/objectives/" + parent + "/alignment", owner)).bodyJson()
			.extractingPath("$.rolledUpProgress").isNull();

		assertThat(api.put("/api/v1/alignment-links/" + firstLink, owner, Map.of("rollUp", true, "version", 0))).hasStatusOk();
		assertThat(api.put("/api/v1/alignment-links/" + secondLink, owner, Map.of("rollUp", true, "version", 0))).hasStatusOk();
		assertThat(api.put("/api/v1/alignment-links/" + secondLink, owner, Map.of("rollUp", false, "version", 0))).hasStatus(409);

		var alignment = api.get("/api/v1/objectives/" + parent + "/alignment", owner);
		assertThat(alignment).bodyJson().extractingPath("$.rolledUpProgress").asNumber().isEqualTo(20);
		assertThat(alignment).bodyJson().extractingPath("$.rolledUpCount").asNumber().isEqualTo(2);
	}

	@Test
	void aPrivateObjectiveIsLeftOutOfTheAlignmentOfThoseWhoMayNotSeeIt() {
		var owner = api.newPerson("Secretive");
		var reader = api.newPerson("Reader");
		long cycle = api.newCycle("ACTIVE");
		long parent = api.newPersonalObjective(owner, cycle, "Open parent");
		var hidden = api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "Secret plan", "visibility", "PRIVATE"));
		api.link(owner, api.id(hidden), parent, null);

		assertThat(api.get("/api/v1/objectives/" + parent + "/alignment", owner)).bodyJson()
			.extractingPath("$.supportedBy").asArray().hasSize(1);
		assertThat(api.get("/api/v1/objectives/" + parent + "/alignment", reader)).bodyJson()
			.extractingPath("$.supportedBy").asArray().isEmpty();
		assertThat(api.get("/api/v1/objectives/" + api.id(hidden) + "/alignment", reader)).hasStatus(404);
	}

	@Test
	void onlyTheOwnersOfTheChildMayLinkItAndOnlyToWhatTheySee() {
		var owner = api.newPerson("Owner");
		var stranger = api.newPerson("Stranger");
		long cycle = api.newCycle("ACTIVE");
		long child = api.newPersonalObjective(owner, cycle, "Mine");
		long parent = api.newPersonalObjective(stranger, cycle, "Theirs");
		var hidden = api.post("/api/v1/objectives", stranger, Map.of("cycleId", cycle, "ownerPersonId", stranger.personId(),
				"title", "Hidden", "visibility", "PRIVATE"));

		assertThat(api.post("/api/v1/objectives/" + child + "/alignment-links", stranger, parent(parent, null))).hasStatus(403);
		assertThat(api.post("/api/v1/objectives/" + child + "/alignment-links", owner, parent(api.id(hidden), null)))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("parentObjectiveId");
		assertThat(api.post("/api/v1/objectives/" + child + "/alignment-links", owner, parent(null, null))).hasStatus(400);
		long link = api.link(owner, child, parent, null);
		assertThat(api.post("/api/v1/objectives/" + child + "/alignment-links", owner, parent(parent, null))).hasStatus(409);
		assertThat(api.delete("/api/v1/alignment-links/" + link, api.newPerson("Bystander"))).hasStatus(403);
		assertThat(api.delete("/api/v1/alignment-links/" + link, stranger)).hasStatus(204);
	}
}
