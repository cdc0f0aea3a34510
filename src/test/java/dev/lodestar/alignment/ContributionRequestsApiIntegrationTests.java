package dev.lodestar.alignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionRequestsApiIntegrationTests extends ApiIntegrationTest {

	/** Two teams: the asking one owns a public objective with a key result; the asked one has leads of its own. */
	private record Teams(Api.Session asker, Api.Session asked, long askingTeam, long askedTeam, long cycle,
			long servedObjective, long keyResult) {
	}

	private Teams teams() {
		var asker = api.newPerson("Asker");
		var asked = api.newPerson("Asked");
		long askingTeam = api.newTeam("Growth", null, List.of(asker.personId()), List.of());
		long askedTeam = api.newTeam("Platform", null, List.of(asked.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(asker, cycle, askingTeam, "Win the mid-market");
		long keyResult = api.newKeyResult(asker, objective, "INCREASE", 0, 50);
		return new Teams(asker, asked, askingTeam, askedTeam, cycle, objective, keyResult);
	}

	static Map<String, Object> objectiveProposal(String title) {
		Map<String, Object> proposal = new LinkedHashMap<>();
		proposal.put("type", "OBJECTIVE");
		proposal.put("title", title);
		proposal.put("description", "So that sign-ups never wait");
		return proposal;
	}

	static Map<String, Object> keyResultProposal(String title, long objectiveId) {
		Map<String, Object> proposal = new LinkedHashMap<>();
		proposal.put("type", "KEY_RESULT");
		proposal.put("title", title);
		proposal.put("objectiveId", objectiveId);
		proposal.put("kind", "INCREASE");
		proposal.put("start", 0);
		proposal.put("target", 20);
		proposal.put("unit", "integrations");
		return proposal;
	}

	static Map<String, Object> ask(long keyResult, long askedTeam, Map<String, Object> proposal) {
		return Map.of("servesKeyResultId", keyResult, "askedTeamId", askedTeam, "proposal", proposal);
	}

	static Map<String, Object> answer(int version, Map<String, Object> proposal, String reason) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("version", version);
		answer.put("proposal", proposal);
		answer.put("reason", reason);
		return answer;
	}

	private long asked(Teams t, Map<String, Object> proposal) {
		var created = api.post("/api/v1/contribution-requests", t.asker(), ask(t.keyResult(), t.askedTeam(), proposal));
		assertThat(created).hasStatus(201);
		return Api.id(created);
	}

	private String state(long request, Api.Session as) {
		return Api.read(api.get("/api/v1/contribution-requests/" + request, as), "$.request.state");
	}

	@Test
	void anObjectiveCounteredAndAcceptedBecomesADraftOfTheAskedTeamAlignedToTheKeyResult() {
		var t = teams();
		long request = asked(t, objectiveProposal("Open the API to partners"));

		assertThat(api.post("/api/v1/contribution-requests/" + request + "/counter", t.asked(),
				answer(0, objectiveProposal("Open a read-only API to partners"), null))).hasStatusOk()
			.bodyJson().extractingPath("$.state").isEqualTo("WAITING_FOR_ASKING");
		var accepted = api.post("/api/v1/contribution-requests/" + request + "/accept", t.asker(), answer(1, null, null));

		assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("ACCEPTED");
		long draft = ((Number) Api.read(accepted, "$.outcomeObjectiveId")).longValue();
		var objective = api.get("/api/v1/objectives/" + draft, t.asked());
		assertThat(objective).bodyJson().extractingPath("$.title").isEqualTo("Open a read-only API to partners");
		assertThat(objective).bodyJson().extractingPath("$.ownerTeamId").asNumber().isEqualTo((int) t.askedTeam());
		assertThat(objective).bodyJson().extractingPath("$.draft").isEqualTo(true);
		assertThat(api.get("/api/v1/objectives/" + draft + "/alignment", t.asked())).bodyJson()
			.extractingPath("$.supports[0].keyResultId").asNumber().isEqualTo((int) t.keyResult());
		var thread = api.get("/api/v1/contribution-requests/" + request, t.asker());
		assertThat(thread).bodyJson().extractingPath("$.steps[*].action").asArray()
			.containsExactly("ASKED", "COUNTERED", "ACCEPTED");
		assertThat(thread).bodyJson().extractingPath("$.steps[0].proposal.title").isEqualTo("Open the API to partners");
		assertThat(thread).bodyJson().extractingPath("$.steps[1].proposal.title").isEqualTo("Open a read-only API to partners");
	}

	@Test
	void aKeyResultAcceptedByTheAskedTeamJoinsItsObjectiveAsADraftAndAlignsIt() {
		var t = teams();
		long theirs = api.newTeamObjective(t.asked(), t.cycle(), t.askedTeam(), "A platform partners love");
		long request = asked(t, keyResultProposal("Partners integrated", theirs));

		var accepted = api.post("/api/v1/contribution-requests/" + request + "/accept", t.asked(), answer(0, null, null));

		assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.outcomeObjectiveId").asNumber().isEqualTo((int) theirs);
		long keyResult = ((Number) Api.read(accepted, "$.outcomeKeyResultId")).longValue();
		var added = api.get("/api/v1/key-results/" + keyResult, t.asked());
		assertThat(added).bodyJson().extractingPath("$.title").isEqualTo("Partners integrated");
		assertThat(added).bodyJson().extractingPath("$.draft").isEqualTo(true);
		assertThat(added).bodyJson().extractingPath("$.objectiveId").asNumber().isEqualTo((int) theirs);
		assertThat(api.get("/api/v1/objectives/" + theirs + "/alignment", t.asked())).bodyJson()
			.extractingPath("$.supports[0].keyResultId").asNumber().isEqualTo((int) t.keyResult());
	}

	@Test
	void aKeyResultProposalMustJoinAnObjectiveOfTheAskedTeam() {
		var t = teams();

		var refused = api.post("/api/v1/contribution-requests", t.asker(),
				ask(t.keyResult(), t.askedTeam(), keyResultProposal("Partners integrated", t.servedObjective())));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("proposal.objectiveId");
		assertThat(api.get("/api/v1/contribution-requests?teamId=" + t.askedTeam(), t.asked())).bodyJson()
			.extractingPath("$").asArray().isEmpty();
	}

	@Test
	void aDeclineNeedsAReasonAndKeepsIt() {
		var t = teams();
		long request = asked(t, objectiveProposal("Open the API to partners"));

		assertThat(api.post("/api/v1/contribution-requests/" + request + "/decline", t.asked(), answer(0, null, " ")))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(state(request, t.asked())).isEqualTo("WAITING_FOR_ASKED");
		assertThat(api.post("/api/v1/contribution-requests/" + request + "/decline", t.asked(),
				answer(0, null, "No capacity this quarter"))).hasStatusOk();

		var thread = api.get("/api/v1/contribution-requests/" + request, t.asker());
		assertThat(thread).bodyJson().extractingPath("$.request.state").isEqualTo("DECLINED");
		assertThat(thread).bodyJson().extractingPath("$.steps[1].reason").isEqualTo("No capacity this quarter");
	}

	@Test
	void onlyTheAskingTeamMayWithdraw() {
		var t = teams();
		long request = asked(t, objectiveProposal("Open the API to partners"));

		assertThat(api.post("/api/v1/contribution-requests/" + request + "/withdraw", t.asked(), answer(0, null, null)))
			.hasStatus(409).bodyJson().extractingPath("$.type").asString().endsWith("contribution-withdraw");
		assertThat(api.post("/api/v1/contribution-requests/" + request + "/withdraw", t.asker(), answer(0, null, null)))
			.hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("WITHDRAWN");
	}

	@Test
	void aClosedRequestRefusesEveryStep() {
		var t = teams();
		long request = asked(t, objectiveProposal("Open the API to partners"));
		assertThat(api.post("/api/v1/contribution-requests/" + request + "/withdraw", t.asker(), answer(0, null, null)))
			.hasStatusOk();

		for (String step : List.of("accept", "counter", "decline", "withdraw")) {
			var as = step.equals("withdraw") ? t.asker() : t.asked();
			assertThat(api.post("/api/v1/contribution-requests/" + request + "/" + step, as,
					answer(1, objectiveProposal("Again"), "because"))).hasStatus(409)
				.bodyJson().extractingPath("$.type").asString().endsWith("contribution-closed");
		}
		assertThat(state(request, t.asker())).isEqualTo("WITHDRAWN");
		assertThat(api.get("/api/v1/contribution-requests/" + request, t.asker())).bodyJson()
			.extractingPath("$.steps").asArray().hasSize(2);
	}

	@Test
	void theTeamWithoutTheTurnIsRefusedAndNothingChanges() {
		var t = teams();
		long request = asked(t, objectiveProposal("Open the API to partners"));

		for (String step : List.of("accept", "counter", "decline")) {
			assertThat(api.post("/api/v1/contribution-requests/" + request + "/" + step, t.asker(),
					answer(0, objectiveProposal("Mine"), "because"))).hasStatus(409)
				.bodyJson().extractingPath("$.type").asString().endsWith("contribution-not-your-turn");
		}
		var thread = api.get("/api/v1/contribution-requests/" + request, t.asker());
		assertThat(thread).bodyJson().extractingPath("$.request.version").asNumber().isEqualTo(0);
		assertThat(thread).bodyJson().extractingPath("$.request.proposal.title").isEqualTo("Open the API to partners");
	}

	@Test
	void anAnswerFromAStaleVersionIsRefused() {
		var t = teams();
		long request = asked(t, objectiveProposal("Open the API to partners"));
		assertThat(api.post("/api/v1/contribution-requests/" + request + "/counter", t.asked(),
				answer(0, objectiveProposal("Smaller"), null))).hasStatusOk();
		assertThat(api.post("/api/v1/contribution-requests/" + request + "/counter", t.asker(),
				answer(1, objectiveProposal("Bigger"), null))).hasStatusOk();

		var stale = api.post("/api/v1/contribution-requests/" + request + "/accept", t.asked(), answer(1, null, null));

		assertThat(stale).hasStatus(409).bodyJson().extractingPath("$.type").asString().endsWith("stale-version");
		assertThat(state(request, t.asked())).isEqualTo("WAITING_FOR_ASKED");
	}

	@Test
	void askingTwiceWithTheSameIdempotencyKeyMakesOneRequest() {
		var t = teams();
		var body = ask(t.keyResult(), t.askedTeam(), objectiveProposal("Open the API to partners"));

		var first = api.post("/api/v1/contribution-requests", t.asker(), body, "Idempotency-Key", "ask-" + t.keyResult());
		var again = api.post("/api/v1/contribution-requests", t.asker(), body, "Idempotency-Key", "ask-" + t.keyResult());

		assertThat(first).hasStatus(201);
		assertThat(again).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.id(again)).isEqualTo(Api.id(first));
		assertThat(api.get("/api/v1/contribution-requests?teamId=" + t.askedTeam(), t.asked())).bodyJson()
			.extractingPath("$").asArray().hasSize(1);
	}

	@Test
	void anAcceptanceTheCapsRefuseLeavesTheRequestOpenAndCreatesNothing() {
		var t = teams();
		long request = asked(t, objectiveProposal("Open the API to partners"));
		int cap = Api.read(api.get("/api/v1/policy/caps", api.admin()), "$.maxObjectivesPerOwner");
		for (int i = 0; i < cap; i++) {
			api.newTeamObjective(t.asked(), t.cycle(), t.askedTeam(), "Objective " + (char) ('A' + i));
		}

		var refused = api.post("/api/v1/contribution-requests/" + request + "/accept", t.asked(), answer(0, null, null));

		assertThat(refused.getResponse().getStatus()).isBetween(400, 499);
		assertThat(refused).bodyJson().extractingPath("$.type").asString().endsWith("objective-cap");
		assertThat(state(request, t.asked())).isEqualTo("WAITING_FOR_ASKED");
		assertThat(api.get("/api/v1/objectives?cycleId=" + t.cycle() + "&ownerTeamId=" + t.askedTeam(), t.asked()))
			.bodyJson().extractingPath("$.items").asArray().hasSize(cap);
	}

	@Test
	void aKeyResultOfAPrivateObjectiveCannotBeAskedFor() {
		var t = teams();
		var hidden = api.post("/api/v1/objectives", t.asker(), Map.of("cycleId", t.cycle(), "ownerTeamId", t.askingTeam(),
				"title", "Quiet plan", "visibility", "PRIVATE"));
		long keyResult = api.newKeyResult(t.asker(), Api.id(hidden), "PERCENTAGE", 0, 100);

		var refused = api.post("/api/v1/contribution-requests", t.asker(),
				ask(keyResult, t.askedTeam(), objectiveProposal("Help quietly")));

		assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.type").asString().endsWith("contribution-private");
		assertThat(api.get("/api/v1/contribution-requests?teamId=" + t.askingTeam(), t.asker())).bodyJson()
			.extractingPath("$").asArray().isEmpty();
	}

	@Test
	void strangersMayNeitherAskNorAnswer() {
		var t = teams();
		var stranger = api.newPerson("Stranger");
		long request = asked(t, objectiveProposal("Open the API to partners"));

		assertThat(api.post("/api/v1/contribution-requests", stranger,
				ask(t.keyResult(), t.askedTeam(), objectiveProposal("Not mine to ask")))).hasStatus(403);
		for (String step : List.of("accept", "counter", "decline", "withdraw")) {
			assertThat(api.post("/api/v1/contribution-requests/" + request + "/" + step, stranger,
					answer(0, objectiveProposal("Mine"), "because"))).hasStatus(403);
		}
		assertThat(state(request, t.asker())).isEqualTo("WAITING_FOR_ASKED");
	}
}
