package dev.lodestar.cocreation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static dev.lodestar.cocreation.CoCreationFixtures.uri;
import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class CoCreationApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ApplicationEvents events;

	CoCreationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CoCreationFixtures(api);
	}

	private String board(long session, Api.Session as) {
		var board = api.get(uri(session), as);
		assertThat(board).hasStatusOk();
		return Api.body(board);
	}

	@Test
	void aLeadOpensOneSessionPerTeamAndCycleAndTheBoardShowsWhatTheTeamCouldSupportAndWhatNeighboursDraft() {
		var room = fixtures.room();

		var opened = fixtures.open(room, room.lead(), List.of(room.neighbour().personId()), "Idempotency-Key", "open-once");
		var replayed = fixtures.open(room, room.lead(), List.of(room.neighbour().personId()), "Idempotency-Key", "open-once");
		var again = fixtures.open(room, room.lead(), List.of());

		assertThat(opened).hasStatus(201);
		assertThat(Api.<String>read(opened, "$.state")).isEqualTo("OPEN");
		assertThat(Api.<Integer>read(opened, "$.votesPerParticipant")).isEqualTo(2);
		assertThat(replayed).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.id(replayed)).isEqualTo(Api.id(opened));
		assertThat(Api.id(again)).as("one running session per team and cycle").isEqualTo(Api.id(opened));
		long session = Api.id(opened);

		var board = api.get(uri(session), room.member());
		assertThat(Api.<List<Integer>>read(board, "$.supportable[*].objectiveId")).containsExactly((int) room.parentObjectiveId());
		assertThat(Api.<List<Integer>>read(board, "$.supportable[0].keyResults[*].keyResultId"))
			.containsExactly((int) room.parentKeyResultId());
		assertThat(Api.<List<String>>read(board, "$.neighbours[*].title")).containsExactly(room.siblingObjectiveTitle());
		assertThat(Api.<List<Integer>>read(board, "$.neighbourTeams[*].teamId"))
			.containsExactlyInAnyOrder((int) room.parentTeamId(), (int) room.siblingTeamId());
		assertThat(Api.<List<Integer>>read(board, "$.participants[*].personId")).containsExactly((int) room.neighbour().personId());
		assertThat(Api.<List<Boolean>>read(board, "$.participants[*].joined")).containsExactly(false);
		assertThat(Api.<Boolean>read(board, "$.facilitator")).isFalse();
		assertThat(Api.<Boolean>read(board, "$.participant")).isTrue();
		assertThat(Api.<Integer>read(api.get(uri(session), room.outsider()), "$.session.id")).as("open to read").isEqualTo((int) session);
		assertThat(Api.<Boolean>read(api.get(uri(session), room.outsider()), "$.participant")).isFalse();
		assertThat(Api.<List<Integer>>read(api.get("/api/v1/co-creation-invitations", room.neighbour()), "$[*].id"))
			.containsExactly((int) session);
		assertThat(Api.<List<Integer>>read(api.get("/api/v1/teams/" + room.teamId() + "/co-creation-sessions", room.outsider()),
				"$.sessions[*].id")).containsExactly((int) session);
	}

	@Test
	void onlyLeadsOpenAndOnlyTheTeamAndTheInvitedTakePart() {
		var room = fixtures.room();

		var byMember = fixtures.open(room, room.member(), List.of());
		assertThat(byMember).hasStatus(403);
		assertThat(Api.<String>read(byMember, "$.detail")).contains("leads");
		long session = fixtures.open(room);

		var byOutsider = fixtures.propose(session, room.outsider(), Map.of("kind", "OBJECTIVE", "text", "Sneak in"));
		assertThat(byOutsider).hasStatus(403);
		assertThat(api.post(uri(session) + "/participants", room.outsider(), null)).hasStatus(403);
		assertThat(api.post(uri(session) + "/participants", room.neighbour(), null)).hasStatus(204);
		fixtures.objective(session, room.neighbour(), "Share one onboarding path");
		assertThat(api.post(uri(session) + "/invitations", room.member(), Map.of("personIds", List.of(room.outsider().personId()))))
			.hasStatus(403);
		assertThat(api.post(uri(session) + "/invitations", room.lead(), Map.of("personIds", List.of(room.outsider().personId()))))
			.hasStatus(204);
		fixtures.objective(session, room.outsider(), "Bring the outside view");
		assertThat(Api.<List<String>>read(api.get(uri(session), room.lead()), "$.objectives[*].proposerName")).hasSize(2);
	}

	@Test
	void proposalsAreCheckedAsOkrsWouldBeAndEveryRefusalNamesItsFieldAndChangesNothing() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long objective = fixtures.objective(session, room.member(), "Grow revenue by 30% this quarter");

		var blank = fixtures.propose(session, room.member(), Map.of("kind", "OBJECTIVE", "text", " "));
		assertThat(blank).hasStatus(400);
		assertThat(Api.<List<String>>read(blank, "$.errors[*].field")).containsExactly("text");

		Map<String, Object> noTarget = new LinkedHashMap<>();
		noTarget.put("kind", "KEY_RESULT");
		noTarget.put("parentItemId", objective);
		noTarget.put("text", "Teams onboarded");
		noTarget.put("keyResultKind", "INCREASE");
		noTarget.put("start", 10);
		var missing = fixtures.propose(session, room.member(), noTarget);
		assertThat(missing).hasStatus(400);
		assertThat(Api.<List<String>>read(missing, "$.errors[*].field")).contains("target");

		var orphan = fixtures.propose(session, room.member(), Map.of("kind", "KEY_RESULT", "text", "No objective",
				"keyResultKind", "MILESTONE"));
		assertThat(orphan).hasStatus(400);
		assertThat(Api.<List<String>>read(orphan, "$.errors[*].field")).containsExactly("parentItemId");

		var nowhere = fixtures.propose(session, room.member(), Map.of("kind", "LINK", "parentItemId", objective, "text", "Why"));
		assertThat(nowhere).hasStatus(400);
		assertThat(Api.<List<String>>read(nowhere, "$.errors[*].field")).containsExactly("alignObjectiveId");

		long keyResult = fixtures.keyResult(session, room.member(), objective, "Teams onboarded");
		var ownTeam = fixtures.propose(session, room.member(), Map.of("kind", "REQUEST", "parentItemId", keyResult,
				"text", "Help", "askedTeamId", room.teamId()));
		assertThat(ownTeam).hasStatus(400);
		assertThat(Api.<List<String>>read(ownTeam, "$.errors[*].field")).containsExactly("askedTeamId");

		var chinese = fixtures.propose(session, room.member(), Map.of("kind", "OBJECTIVE", "text", ""), "Accept-Language", "zh-CN");
		assertThat(chinese).hasStatus(400);
		assertThat(Api.<String>read(chinese, "$.errors[0].message")).doesNotContain("must").isNotBlank();

		String board = board(session, room.lead());
		assertThat(Api.<List<Object>>read(api.get(uri(session), room.lead()), "$.objectives")).hasSize(1);
		assertThat(Api.<List<String>>read(api.get(uri(session), room.lead()), "$.objectives[0].hints")).containsExactly("NUMBERS_IN_OBJECTIVE");
		assertThat(board).contains("Teams onboarded").doesNotContain("No objective");
	}

	@Test
	void commentsAndPlusOnesShowOnTheBoardAndAPlusOneCountsOncePerPerson() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long objective = fixtures.objective(session, room.member(), "Make every team self-sufficient");

		var comment = api.post(uri(session) + "/items/" + objective + "/comments", room.teammate(),
				Map.of("text", "Self-sufficient in what?"), "Idempotency-Key", "comment-1");
		var retried = api.post(uri(session) + "/items/" + objective + "/comments", room.teammate(),
				Map.of("text", "Self-sufficient in what?"), "Idempotency-Key", "comment-1");
		assertThat(comment).hasStatus(201);
		assertThat(retried).hasHeader("Idempotent-Replayed", "true");
		assertThat(api.put(uri(session) + "/items/" + objective + "/plus-one", room.teammate(), null)).hasStatus(204);
		assertThat(api.put(uri(session) + "/items/" + objective + "/plus-one", room.teammate(), null)).hasStatus(204);
		assertThat(api.put(uri(session) + "/items/" + objective + "/plus-one", room.lead(), null)).hasStatus(204);

		var board = api.get(uri(session), room.teammate());
		assertThat(Api.<List<String>>read(board, "$.objectives[0].comments[*].text")).containsExactly("Self-sufficient in what?");
		assertThat(Api.<Integer>read(board, "$.objectives[0].plusOnes")).isEqualTo(2);
		assertThat(Api.<Boolean>read(board, "$.objectives[0].plusOnedByMe")).isTrue();
		assertThat(api.delete(uri(session) + "/items/" + objective + "/plus-one", room.teammate())).hasStatus(204);
		assertThat(Api.<Integer>read(api.get(uri(session), room.lead()), "$.objectives[0].plusOnes")).isEqualTo(1);
	}

	@Test
	void dotsAreCastOnlyWhileVotingWithinTheAllowanceAndStayHiddenUntilTheReveal() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long first = fixtures.objective(session, room.member(), "Make every team self-sufficient");
		long second = fixtures.objective(session, room.teammate(), "Earn the trust of new customers");
		String votes = uri(session) + "/items/";

		var early = api.post(votes + first + "/votes", room.member(), null);
		assertThat(early).hasStatus(409);
		assertThat(Api.<String>read(early, "$.type")).endsWith("cocreation-not-voting");
		assertThat(fixtures.step(session, room.member(), "voting")).hasStatus(403);
		assertThat(fixtures.step(session, room.lead(), "voting")).hasStatusOk();

		var cast = api.post(votes + first + "/votes", room.member(), null, "Idempotency-Key", "dot-1");
		var retry = api.post(votes + first + "/votes", room.member(), null, "Idempotency-Key", "dot-1");
		assertThat(cast).hasStatus(201);
		assertThat(Api.<Integer>read(cast, "$.votesLeft")).isEqualTo(1);
		assertThat(retry).hasHeader("Idempotent-Replayed", "true");
		assertThat(api.post(votes + first + "/votes", room.member(), null)).hasStatus(201);
		var pastAllowance = api.post(votes + second + "/votes", room.member(), null);
		assertThat(pastAllowance).hasStatus(409);
		assertThat(Api.<String>read(pastAllowance, "$.type")).endsWith("cocreation-no-votes-left");
		assertThat(Api.<String>read(pastAllowance, "$.detail")).contains("2");
		assertThat(api.post(votes + second + "/votes", room.teammate(), null)).hasStatus(201);
		assertThat(api.delete(votes + second + "/votes", room.member())).hasStatus(409);

		var hidden = api.get(uri(session), room.lead());
		assertThat(Api.<List<Object>>read(hidden, "$.objectives[*].votes")).isEmpty();
		assertThat(Api.<Integer>read(hidden, "$.dotsCast")).isEqualTo(3);
		var mine = api.get(uri(session), room.member());
		assertThat(Api.<Integer>read(mine, "$.objectives[0].myVotes")).isEqualTo(2);
		assertThat(Api.<Integer>read(mine, "$.votesLeft")).isZero();

		assertThat(fixtures.step(session, room.lead(), "reveal")).hasStatusOk();
		var revealed = api.get(uri(session), room.outsider());
		assertThat(Api.<List<Integer>>read(revealed, "$.objectives[*].votes")).containsExactly(2, 1);
		assertThat(Api.<List<Integer>>read(revealed, "$.objectives[*].item.id")).containsExactly((int) first, (int) second);
		assertThat(api.post(votes + second + "/votes", room.teammate(), null)).hasStatus(409);
	}

	@Test
	void aSixthObjectiveCanBeProposedButNotAdoptedAndTheBoardSaysWhy() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		List<Long> objectives = new java.util.ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			objectives.add(fixtures.objective(session, room.member(), "Ambition number " + "ABCDEF".charAt(i - 1)));
		}
		for (int i = 0; i < 5; i++) {
			fixtures.adopt(session, room.lead(), objectives.get(i));
		}

		var sixth = fixtures.decide(session, room.lead(), objectives.get(5), "ADOPTED", "");
		assertThat(sixth).hasStatus(409);
		assertThat(Api.<String>read(sixth, "$.type")).endsWith("cocreation-objective-cap");
		assertThat(Api.<String>read(sixth, "$.detail")).contains("5");
		var board = api.get(uri(session), room.member());
		assertThat(Api.<String>read(board, "$.objectives[5].blocker")).isEqualTo("OBJECTIVE_CAP");
		assertThat(Api.<String>read(board, "$.objectives[5].item.state")).isEqualTo("PROPOSED");
		assertThat(Api.<Integer>read(board, "$.adoptedObjectives")).isEqualTo(5);

		var noReason = fixtures.decide(session, room.lead(), objectives.get(0), "DROPPED", " ");
		assertThat(noReason).hasStatus(400);
		assertThat(Api.<List<String>>read(noReason, "$.errors[*].field")).containsExactly("reason");
		assertThat(fixtures.decide(session, room.lead(), objectives.get(0), "DROPPED", "Too close to the division's own"))
			.hasStatusOk();
		fixtures.adopt(session, room.lead(), objectives.get(5));
		var log = api.get(uri(session), room.member());
		assertThat(Api.<List<String>>read(log, "$.decisions[*].state")).containsExactly("ADOPTED", "ADOPTED", "ADOPTED",
				"ADOPTED", "DROPPED", "ADOPTED");
		assertThat(Api.<List<String>>read(log, "$.decisions[?(@.state == 'DROPPED')].reason"))
			.containsExactly("Too close to the division's own");
	}

	@Test
	void aKeyResultWaitsForItsObjectiveAndAnObjectiveHoldsNoMoreKeyResultsThanTheCap() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long objective = fixtures.objective(session, room.member(), "Make every team self-sufficient");
		List<Long> keyResults = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			keyResults.add(fixtures.keyResult(session, room.member(), objective, "Teams on their own " + i));
		}
		var early = fixtures.decide(session, room.lead(), keyResults.get(0), "ADOPTED", "");
		assertThat(early).hasStatus(409);
		assertThat(Api.<String>read(early, "$.type")).endsWith("cocreation-parent-not-adopted");

		fixtures.adopt(session, room.lead(), objective);
		for (int i = 0; i < 4; i++) {
			fixtures.adopt(session, room.lead(), keyResults.get(i));
		}
		var fifth = fixtures.decide(session, room.lead(), keyResults.get(4), "ADOPTED", "");
		assertThat(fifth).hasStatus(409);
		assertThat(Api.<String>read(fifth, "$.type")).endsWith("cocreation-key-result-cap");
	}

	@Test
	void twoPeopleEditingOneItemLoseNothingTheLaterIsRefusedWithTheCurrentText() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long objective = fixtures.objective(session, room.member(), "Make teams self-sufficient");
		int version = fixtures.version(session, room.member(), objective);

		var first = api.put(uri(session) + "/items/" + objective, room.member(),
				Map.of("text", "Make every team self-sufficient", "version", version));
		var second = api.put(uri(session) + "/items/" + objective, room.teammate(),
				Map.of("text", "Let teams run without us", "version", version));

		assertThat(first).hasStatusOk();
		assertThat(second).hasStatus(409);
		assertThat(Api.<String>read(second, "$.type")).endsWith("cocreation-item-changed");
		assertThat(Api.<String>read(second, "$.detail")).contains("Make every team self-sufficient");
		assertThat(Api.<String>read(second, "$.current.text")).isEqualTo("Make every team self-sufficient");
		assertThat(Api.<Integer>read(second, "$.current.version")).isEqualTo(version + 1);
		var board = api.get(uri(session), room.lead());
		assertThat(Api.<String>read(board, "$.objectives[0].item.text")).isEqualTo("Make every team self-sufficient");
		assertThat(Api.<Integer>read(board, "$.objectives[0].item.editedBy")).isEqualTo((int) room.member().personId());
		assertThat(api.put(uri(session) + "/items/" + objective, room.teammate(),
				Map.of("text", "Let teams run without us", "version", version + 1))).hasStatusOk();
	}

	@Test
	void finishingTurnsAdoptedItemsIntoTheTeamsDraftOkrsKeepsWhoProposedThemAndSendsTheRequests() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long kept = fixtures.objective(session, room.member(), "Make every team self-sufficient");
		long dropped = fixtures.objective(session, room.teammate(), "Write more documents");
		long keyResult = fixtures.keyResult(session, room.teammate(), kept, "Teams that deploy on their own");
		long unadoptedKeyResult = fixtures.keyResult(session, room.teammate(), kept, "Meetings held");
		long link = Api.id(fixtures.propose(session, room.member(), Map.of("kind", "LINK", "parentItemId", kept,
				"text", "Self-sufficient teams delight customers sooner", "alignKeyResultId", room.parentKeyResultId())));
		long request = Api.id(fixtures.propose(session, room.member(), Map.of("kind", "REQUEST", "parentItemId", keyResult,
				"text", "Pair with us on the first deployments", "askedTeamId", room.siblingTeamId())));
		fixtures.adopt(session, room.lead(), kept);
		fixtures.adopt(session, room.lead(), keyResult);
		fixtures.adopt(session, room.lead(), link);
		fixtures.adopt(session, room.lead(), request);
		assertThat(fixtures.decide(session, room.lead(), dropped, "DROPPED", "Documents are an activity")).hasStatusOk();

		var finished = fixtures.step(session, room.lead(), "finish");

		assertThat(finished).hasStatusOk();
		assertThat(Api.<String>read(finished, "$.state")).isEqualTo("FINISHED");
		var board = api.get(uri(session), room.member());
		List<Number> outcomes = Api.read(board, "$.objectives[?(@.item.id == " + kept + ")].item.outcomeId");
		long objectiveId = outcomes.get(0).longValue();
		var created = api.get("/api/v1/objectives/" + objectiveId, room.member());
		assertThat(created).hasStatusOk();
		assertThat(Api.<String>read(created, "$.title")).isEqualTo("Make every team self-sufficient");
		assertThat(Api.<Boolean>read(created, "$.draft")).isTrue();
		assertThat(((Number) Api.read(created, "$.ownerTeamId")).longValue()).isEqualTo(room.teamId());
		assertThat(Api.<List<String>>read(created, "$.keyResults[*].title")).containsExactly("Teams that deploy on their own");
		assertThat(Api.<List<Integer>>read(created, "$.keyResults[*].ownerPersonId")).containsExactly((int) room.teammate().personId());
		assertThat(Api.<List<Boolean>>read(created, "$.keyResults[*].draft")).containsExactly(true);
		assertThat(Api.body(board)).doesNotContain("\"outcomeId\":null");
		assertThat(Api.<List<Object>>read(board, "$.objectives[?(@.item.id == " + dropped + ")].item.outcomeId")).isEmpty();
		assertThat(Api.<List<Object>>read(board, "$..[?(@.id == " + unadoptedKeyResult + " && @.sessionId)].outcomeId")).isEmpty();

		var alignment = api.get("/api/v1/objectives/" + objectiveId + "/alignment", room.member());
		assertThat(Api.body(alignment)).contains(String.valueOf(room.parentKeyResultId()));
		var requests = api.get("/api/v1/contribution-requests?teamId=" + room.siblingTeamId(), room.neighbour());
		assertThat(Api.body(requests)).contains("Pair with us on the first deployments");

		var origin = api.get("/api/v1/objectives/" + objectiveId + "/co-creation-origin", room.outsider());
		assertThat(origin).hasStatusOk();
		assertThat(((Number) Api.read(origin, "$.proposedBy")).longValue()).isEqualTo(room.member().personId());
		assertThat(((Number) Api.read(origin, "$.sessionId")).longValue()).isEqualTo(session);
		assertThat(events.stream(CoCreationFinished.class))
			.anySatisfy(event -> assertThat(event.objectiveIds()).containsExactly(objectiveId));

		var edit = api.put(uri(session) + "/items/" + kept, room.member(), Map.of("text", "Too late", "version", 3));
		assertThat(edit).hasStatus(409);
		assertThat(Api.<String>read(edit, "$.type")).endsWith("cocreation-finished");
		assertThat(fixtures.propose(session, room.member(), Map.of("kind", "OBJECTIVE", "text", "Too late"))).hasStatus(409);
		assertThat(fixtures.step(session, room.lead(), "finish")).hasStatus(409);
	}

	@Test
	void finishingIsRefusedWholeWhenTheTeamFilledItsCapMeanwhile() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long objective = fixtures.objective(session, room.member(), "One more ambition");
		fixtures.adopt(session, room.lead(), objective);
		for (int i = 0; i < 5; i++) {
			api.newTeamObjective(room.lead(), room.cycleId(), room.teamId(), Api.unique("Set elsewhere"));
		}

		var refused = fixtures.step(session, room.lead(), "finish");

		assertThat(refused).hasStatus(409);
		var board = api.get(uri(session), room.lead());
		assertThat(Api.<String>read(board, "$.session.state")).isEqualTo("OPEN");
		assertThat(Api.body(board)).doesNotContain("outcomeId");
	}

	@Test
	void theFacilitatorsTimerRingsForEveryoneAndOnlyLeadsSetIt() {
		var room = fixtures.room();
		long session = fixtures.open(room);

		var tooLong = api.put(uri(session) + "/timer", room.lead(), Map.of("minutes", 121));
		assertThat(tooLong).hasStatus(400);
		assertThat(Api.<List<String>>read(tooLong, "$.errors[*].field")).containsExactly("minutes");
		assertThat(api.put(uri(session) + "/timer", room.member(), Map.of("minutes", 5))).hasStatus(403);
		var set = api.put(uri(session) + "/timer", room.lead(), Map.of("minutes", 5));
		assertThat(set).hasStatusOk();
		String endsAt = Api.read(set, "$.timerEndsAt");
		assertThat(java.time.Instant.parse(endsAt)).isBetween(java.time.Instant.now().plusSeconds(240),
				java.time.Instant.now().plusSeconds(301));
		assertThat(Api.<String>read(api.get(uri(session), room.member()), "$.session.timerEndsAt")).isEqualTo(endsAt);
		assertThat(api.delete(uri(session) + "/timer", room.lead())).hasStatusOk();
		assertThat(Api.<Object>read(api.get(uri(session), room.member()), "$.session.timerEndsAt")).isNull();
	}

	@Test
	void theInviteesAreThePeopleOfTheParentAndSiblingTeams() {
		var room = fixtures.room();

		var invitees = api.get("/api/v1/teams/" + room.teamId() + "/co-creation-invitees", room.lead());

		assertThat(Api.<List<Integer>>read(invitees, "$[*].personId")).contains((int) room.neighbour().personId())
			.doesNotContain((int) room.member().personId(), (int) room.lead().personId(), (int) room.outsider().personId());
		var unknown = fixtures.open(room, room.lead(), List.of(999_999L));
		assertThat(unknown).hasStatus(400);
		assertThat(Api.<String>read(unknown, "$.errors[0].message")).contains("999999");
	}

	@Test
	void whatANeighbourProposesInItsOwnSessionShowsOnTheBoardWithALinkToIt() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		var theirs = api.post("/api/v1/teams/" + room.siblingTeamId() + "/co-creation-sessions", room.neighbour(),
				Map.of("cycleId", room.cycleId()));
		assertThat(theirs).hasStatus(201);
		long neighbourSession = Api.id(theirs);
		fixtures.objective(neighbourSession, room.neighbour(), "Onboard every team in a day");

		var board = api.get(uri(session), room.member());

		List<Map<String, Object>> neighbours = Api.read(board, "$.neighbours");
		assertThat(neighbours).extracting(draft -> draft.get("title"), draft -> draft.get("sessionId")).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple(room.siblingObjectiveTitle(), null),
				org.assertj.core.groups.Tuple.tuple("Onboard every team in a day", (int) neighbourSession));
	}
}
