package dev.lodestar.cycles;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class CycleClosingApiIntegrationTests extends ApiIntegrationTest {

	private static final String CLOSED = "urn:lodestar:problem:cycle-closed";

	private String cycleUri(long cycle) {
		return "/api/v1/cycles/" + cycle;
	}

	private int versionOf(long cycle) {
		return Api.read(api.get(cycleUri(cycle), api.admin()), "$.version");
	}

	private String stateOf(long cycle) {
		return Api.read(api.get(cycleUri(cycle), api.admin()), "$.state");
	}

	private long closedEventsFor(ApplicationEvents events, long cycle) {
		return events.stream(CycleClosed.class).filter(closed -> closed.cycleId() == cycle).count();
	}

	@Test
	void aMemberWhoLeadsNoTopLevelTeamCannotCloseACycleAndNothingChanges(ApplicationEvents events) {
		var subLead = api.newPerson("Sublead");
		long top = api.newTeam(Api.unique("Top"), null, List.of(), List.of(subLead.personId()));
		api.newTeam(Api.unique("Sub"), top, List.of(subLead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");

		assertThat(api.post(cycleUri(cycle) + "/close", subLead, Map.of("version", 0))).hasStatus(403);

		assertThat(stateOf(cycle)).isEqualTo("ACTIVE");
		assertThat(versionOf(cycle)).isZero();
		assertThat(closedEventsFor(events, cycle)).isZero();
	}

	@Test
	void aLeadOfATopLevelTeamClosesACycleForTheWholeOrganisation(ApplicationEvents events) {
		var lead = api.newPerson("Toplead");
		api.newTeam(Api.unique("Top"), null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");

		assertThat(api.post(cycleUri(cycle) + "/close", lead, Map.of("version", 0))).hasStatusOk()
			.bodyJson().extractingPath("$.state").isEqualTo("CLOSED");

		assertThat(stateOf(cycle)).isEqualTo("CLOSED");
		assertThat(closedEventsFor(events, cycle)).isOne();
	}

	@Test
	void anAdminClosesACycleOnceAndClosingItAgainIsRefused() {
		long cycle = api.newCycle("ACTIVE");

		assertThat(api.post(cycleUri(cycle) + "/close", api.admin(), Map.of("version", 0))).hasStatusOk();
		assertThat(api.post(cycleUri(cycle) + "/close", api.admin(), Map.of("version", 1))).hasStatus(409)
			.bodyJson().extractingPath("$.type").isEqualTo(CLOSED);
		assertThat(versionOf(cycle)).isEqualTo(1);
	}

	@Test
	void closingWithAStaleVersionIsRefusedAndLeavesTheCycleOpen() {
		long cycle = api.newCycle("ACTIVE");

		assertThat(api.post(cycleUri(cycle) + "/close", api.admin(), Map.of("version", 7))).hasStatus(409)
			.bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:stale-version");
		assertThat(stateOf(cycle)).isEqualTo("ACTIVE");
	}

	@Test
	void closingThroughTheCycleFormAlsoTellsThatTheCycleClosed(ApplicationEvents events) {
		long cycle = api.newCycle("ACTIVE");
		String name = Api.read(api.get(cycleUri(cycle), api.admin()), "$.name");

		assertThat(api.put(cycleUri(cycle), api.admin(),
				Map.of("name", name, "startsOn", "2026-10-01", "endsOn", "2026-12-31", "state", "CLOSED", "version", 0)))
			.hasStatusOk();

		assertThat(closedEventsFor(events, cycle)).isOne();
	}

	@Test
	void afterClosingObjectivesKeyResultsCheckInsAndLinksAreRefusedWithTheCycleClosedProblem() {
		var owner = api.newPerson("Finisher");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Finish well");
		long other = api.newPersonalObjective(owner, cycle, "Support it");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		assertThat(api.post(cycleUri(cycle) + "/close", api.admin(), Map.of("version", 0))).hasStatusOk();

		assertThat(api.put("/api/v1/objectives/" + objective, owner,
				Map.of("title", "Rewrite history", "visibility", "PUBLIC", "version", 0)))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo(CLOSED);
		assertThat(api.post("/api/v1/objectives/" + objective + "/key-results", owner, Map.of("title", "One more", "kind",
				"MILESTONE", "ownerPersonId", owner.personId())))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo(CLOSED);
		assertThat(api.put("/api/v1/key-results/" + keyResult, owner, Map.of("title", "Moved goalposts", "kind", "INCREASE",
				"start", 0, "target", 5, "unit", "customers", "ownerPersonId", owner.personId(), "version", 0)))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo(CLOSED);
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", 3, "confidence", 6)))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo(CLOSED);
		assertThat(api.post("/api/v1/objectives/" + other + "/alignment-links", owner, Map.of("parentObjectiveId", objective)))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo(CLOSED);
	}

	@Test
	void reopeningNeedsAnAdminAndAReasonThatTheHistoryKeepsAndMakesTheCycleEditableAgain() {
		var owner = api.newPerson("Forgetful");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Score it late");
		assertThat(api.post(cycleUri(cycle) + "/close", api.admin(), Map.of("version", 0))).hasStatusOk();

		assertThat(api.post(cycleUri(cycle) + "/reopen", owner, Map.of("reason", "Please", "version", 1))).hasStatus(403);
		assertThat(api.post(cycleUri(cycle) + "/reopen", api.admin(), Map.of("reason", " ", "version", 1))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(api.post(cycleUri(cycle) + "/reopen", api.admin(), Map.of("reason", "x".repeat(501), "version", 1)))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(stateOf(cycle)).isEqualTo("CLOSED");

		assertThat(api.post(cycleUri(cycle) + "/reopen", api.admin(),
				Map.of("reason", "A final score was forgotten", "version", 1)))
			.hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("ACTIVE");

		var history = api.get("/api/v1/history?subjectType=CYCLE&subjectId=" + cycle, api.admin());
		assertThat(history).hasStatusOk().bodyJson().extractingPath("$.items[0].action").isEqualTo("REOPENED");
		assertThat(history).bodyJson().extractingPath("$.items[0].changes[?(@.field == 'reason')].after").asArray()
			.containsExactly("A final score was forgotten");
		assertThat(history).bodyJson().extractingPath("$.items[1].changes[?(@.field == 'state')].after").asArray()
			.containsExactly("CLOSED");
		assertThat(api.put("/api/v1/objectives/" + objective, owner,
				Map.of("title", "Scored after all", "visibility", "PUBLIC", "version", 0))).hasStatusOk();
	}

	@Test
	void onlyAClosedCycleCanBeReopened() {
		long cycle = api.newCycle("ACTIVE");

		assertThat(api.post(cycleUri(cycle) + "/reopen", api.admin(), Map.of("reason", "Why not", "version", 0)))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:cycle-open");
	}
}
