package dev.lodestar.scoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static dev.lodestar.scoring.ReviewFixtures.agree;
import static dev.lodestar.scoring.ReviewFixtures.wouldScore;
import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class WeeklyReviewApiIntegrationTests extends ApiIntegrationTest {

	private static final String SECRET = "Tangerine-kestrel remark";

	@Autowired
	ScoreManagement scoring;

	@Autowired
	ApplicationEvents events;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(api, scoring);
	}

	private String feedbackUri(long review, long keyResult) {
		return "/api/v1/reviews/" + review + "/feedback/" + keyResult;
	}

	private String board(long review, Api.Session as) {
		var board = api.get("/api/v1/reviews/" + review, as);
		assertThat(board).hasStatusOk();
		return Api.body(board);
	}

	private int feedbackCount(long review, Api.Session as, long keyResult) {
		List<Integer> counts = Api.read(api.get("/api/v1/reviews/" + review, as),
				"$.objectives[*].keyResults[?(@.id == " + keyResult + ")].feedbackCount");
		return counts.get(0);
	}

	private int version(long review, Api.Session as) {
		return Api.read(api.get("/api/v1/reviews/" + review, as), "$.review.version");
	}

	@Test
	void aLeadOpensThisWeeksReviewOnceAndOpeningAgainAnswersTheSameReview() {
		var team = fixtures.team();

		var opened = api.post("/api/v1/teams/" + team.teamId() + "/reviews", team.lead(), null);
		var again = api.post("/api/v1/teams/" + team.teamId() + "/reviews", team.lead(), null, "Idempotency-Key", "open-twice");
		var replayed = api.post("/api/v1/teams/" + team.teamId() + "/reviews", team.lead(), null, "Idempotency-Key", "open-twice");

		assertThat(opened).hasStatus(201);
		LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		assertThat(Api.<String>read(opened, "$.weekOf")).isEqualTo(monday.toString());
		assertThat(Api.<String>read(opened, "$.state")).isEqualTo("OPEN");
		assertThat(((Number) Api.read(opened, "$.cycleId")).longValue()).isEqualTo(team.cycleId());
		assertThat(Api.id(again)).isEqualTo(Api.id(opened));
		assertThat(replayed).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.id(replayed)).isEqualTo(Api.id(opened));
		assertThat(Api.<List<Object>>read(api.get("/api/v1/teams/" + team.teamId() + "/reviews", team.owner()), "$.latest")).hasSize(1);
		assertThat(((Number) Api.read(api.get("/api/v1/teams/" + team.teamId() + "/reviews", team.owner()), "$.thisWeek.id")).longValue())
			.isEqualTo(Api.id(opened));
	}

	@Test
	void onlyALeadOrAnAdminOpensTheReviewAndOnlyTheTeamFollowsIt() {
		var team = fixtures.team();

		assertThat(api.post("/api/v1/teams/" + team.teamId() + "/reviews", team.owner(), null)).hasStatus(403);
		assertThat(api.get("/api/v1/teams/" + team.teamId() + "/reviews", team.outsider())).hasStatus(403);
		long review = fixtures.open(team);
		assertThat(api.get("/api/v1/reviews/" + review, team.outsider())).hasStatus(404);
		assertThat(api.get("/api/v1/reviews/" + review, api.admin())).hasStatusOk();
	}

	@Test
	void theBoardWalksThroughTheTeamsAndItsPeoplesObjectivesWithCheckInsTrendsAndScores() {
		var team = fixtures.team();
		fixtures.checkIn(team.owner(), team.keyResultId(), 2, 8);
		fixtures.checkIn(team.owner(), team.keyResultId(), 4, 6);
		long teamObjective = api.newTeamObjective(team.lead(), team.cycleId(), team.teamId(), Api.unique("The team goal"));
		api.newKeyResult(team.lead(), teamObjective, "INCREASE", 0, 5);
		long outsiders = api.newPersonalObjective(team.outsider(), team.cycleId(), "Outsider plan");
		api.newKeyResult(team.outsider(), outsiders, "INCREASE", 0, 5);
		api.post("/api/v1/objectives", team.owner(), Map.of("cycleId", team.cycleId(), "ownerPersonId", team.owner().personId(),
				"title", "Owner private plan", "visibility", "PRIVATE"));
		long review = fixtures.open(team);

		var board = api.get("/api/v1/reviews/" + review, team.teammate());

		assertThat(board).hasStatusOk();
		assertThat(Api.<List<Object>>read(board, "$.objectives[*].id")).containsExactly((int) teamObjective, (int) team.objectiveId());
		String keyResult = "$.objectives[1].keyResults[0]";
		assertThat(Api.<List<Integer>>read(board, keyResult + ".confidenceTrend")).containsExactly(8, 6);
		assertThat(Api.<Integer>read(board, keyResult + ".latest.confidence")).isEqualTo(6);
		assertThat(Api.<Double>read(board, keyResult + ".score.value")).isEqualTo(0.7);
		assertThat(Api.<String>read(board, keyResult + ".band")).isEqualTo("HEALTHY");
		assertThat(Api.<Boolean>read(board, keyResult + ".mayGiveFeedback")).isTrue();
		assertThat(Api.body(board)).doesNotContain("Outsider plan").doesNotContain("Owner private plan");
		assertThat(board(review, team.owner())).contains("Owner private plan");
	}

	@Test
	void feedbackStaysPrivateToItsAuthorUntilTheLeadRevealsItThenTheWholeTeamReadsIt() {
		var team = fixtures.team();
		var anotherTeammate = fixtures.grow(team, 1).get(0);
		long review = fixtures.open(team);

		var given = api.put(feedbackUri(review, team.keyResultId()), team.teammate(), wouldScore("0.5", SECRET, 0));

		assertThat(given).hasStatusOk();
		assertThat(board(review, team.teammate())).contains(SECRET);
		for (var reader : List.of(anotherTeammate, team.owner(), team.lead(), api.admin())) {
			assertThat(board(review, reader)).doesNotContain(SECRET).doesNotContain("\"suggestedScore\":0.5");
			assertThat(feedbackCount(review, reader, team.keyResultId())).isEqualTo(1);
		}
		assertThat(Api.<List<Object>>read(api.get("/api/v1/reviews/" + review, team.lead()),
				"$.objectives[0].keyResults[0].feedback")).isEmpty();

		assertThat(api.post("/api/v1/reviews/" + review + "/reveal", team.lead(), Map.of("version", version(review, team.lead()))))
			.hasStatusOk();

		for (var reader : List.of(anotherTeammate, team.owner(), team.lead(), team.teammate())) {
			var board = api.get("/api/v1/reviews/" + review, reader);
			assertThat(Api.<String>read(board, "$.objectives[0].keyResults[0].feedback[0].feedback.comment")).isEqualTo(SECRET);
			assertThat(Api.<Double>read(board, "$.objectives[0].keyResults[0].feedback[0].feedback.suggestedScore")).isEqualTo(0.5);
		}
		assertThat(Api.<Boolean>read(api.get("/api/v1/reviews/" + review, team.owner()), "$.objectives[0].keyResults[0].mayRevise"))
			.isTrue();
		assertThat(Api.<Boolean>read(api.get("/api/v1/reviews/" + review, team.teammate()),
				"$.objectives[0].keyResults[0].feedback[0].onEarlierScore")).isFalse();

		fixtures.score(team.owner(), team.keyResultId(), "0.6", 1);

		var revised = api.get("/api/v1/reviews/" + review, team.teammate());
		assertThat(Api.<Double>read(revised, "$.objectives[0].keyResults[0].score.value")).isEqualTo(0.6);
		assertThat(Api.<Boolean>read(revised, "$.objectives[0].keyResults[0].feedback[0].onEarlierScore")).isTrue();
	}

	@Test
	void badFeedbackIsRefusedClearlyAndChangesNothing() {
		var team = fixtures.team();
		long unscoredObjective = api.newPersonalObjective(team.owner(), team.cycleId(), Api.unique("Unscored"));
		long unscored = api.newKeyResult(team.owner(), unscoredObjective, "INCREASE", 0, 5);
		long outsidersObjective = api.newPersonalObjective(team.outsider(), team.cycleId(), Api.unique("Elsewhere"));
		long outsiders = api.newKeyResult(team.outsider(), outsidersObjective, "INCREASE", 0, 5);
		fixtures.score(team.outsider(), outsiders, "0.6", 0);
		long review = fixtures.open(team);
		String uri = feedbackUri(review, team.keyResultId());

		assertThat(api.put(uri, team.teammate(), wouldScore("1.05", "Too high", 0))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be between 0.0 and 1.0");
		assertThat(api.put(uri, team.teammate(), wouldScore("0.55", "Between", 0))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("suggestedScore");
		assertThat(api.put(uri, team.teammate(), wouldScore("0.5", "x".repeat(5000), 0))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("comment");
		assertThat(api.put(uri, team.teammate(), wouldScore("0.5", " ", 0))).hasStatus(400);
		assertThat(api.put(uri, team.owner(), agree("Mine is right", 0))).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("not on your own");
		assertThat(api.put(feedbackUri(review, unscored), team.teammate(), agree("", 0))).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("no score yet");
		assertThat(api.put(feedbackUri(review, outsiders), team.teammate(), agree("", 0))).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("not on this review");
		assertThat(api.put(uri, team.outsider(), agree("I am not here", 0))).hasStatus(404);
		var admin = api.admin();
		assertThat(api.put(uri, admin, agree("Looking in", 0))).hasStatus(403);
		assertThat(feedbackCount(review, team.lead(), team.keyResultId())).isZero();

		assertThat(api.post("/api/v1/reviews/" + review + "/reveal", team.lead(), Map.of("version", 1))).hasStatusOk();
		assertThat(api.put(uri, team.teammate(), agree("Too late", 0))).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("revealed");
		assertThat(api.post("/api/v1/reviews/" + review + "/close", team.lead(), Map.of("version", 2))).hasStatusOk();
		assertThat(api.put(uri, team.teammate(), agree("After the review closed", 0))).hasStatus(409);
		assertThat(feedbackCount(review, team.lead(), team.keyResultId())).isZero();
	}

	@Test
	void theScoresAuthorGivesNoFeedbackOnItEither() {
		var team = fixtures.team();
		long teamObjective = api.newTeamObjective(team.lead(), team.cycleId(), team.teamId(), Api.unique("Team goal"));
		long teamKeyResult = api.newKeyResult(team.teammate(), teamObjective, "INCREASE", 0, 5);
		// a member of the team may score the team's key result; the score is then the lead's own
		fixtures.score(team.lead(), team.teamId(), teamKeyResult, "0.4", 0);
		long review = fixtures.open(team);

		assertThat(api.put(feedbackUri(review, teamKeyResult), team.lead(), agree("I scored it", 0))).hasStatus(409);
		assertThat(api.put(feedbackUri(review, teamKeyResult), team.owner(), wouldScore("0.6", "More was done", 0))).hasStatusOk();
	}

	@Test
	void anAuthorChangesTheirFeedbackBeforeTheRevealNamingItsVersion() {
		var team = fixtures.team();
		long review = fixtures.open(team);
		String uri = feedbackUri(review, team.keyResultId());

		assertThat(api.put(uri, team.teammate(), agree("Fair", 0))).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		var changed = api.put(uri, team.teammate(), wouldScore("0.6", "On reflection a bit lower", 1));
		var stale = api.put(uri, team.teammate(), agree("Old form", 1));
		var again = api.put(uri, team.teammate(), agree("New anew", 0));

		assertThat(changed).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(2);
		assertThat(stale).hasStatus(409);
		assertThat(again).hasStatus(409);
		assertThat(board(review, team.teammate())).contains("On reflection a bit lower").doesNotContain("Old form");
		assertThat(feedbackCount(review, team.lead(), team.keyResultId())).isEqualTo(1);
	}

	@Test
	void joiningRecordsAttendanceOnceAndOnlyForTheTeam() {
		var team = fixtures.team();
		long review = fixtures.open(team);

		assertThat(api.post("/api/v1/reviews/" + review + "/attendance", team.teammate(), null)).hasStatus(204);
		assertThat(api.post("/api/v1/reviews/" + review + "/attendance", team.teammate(), null)).hasStatus(204);
		assertThat(api.post("/api/v1/reviews/" + review + "/attendance", team.lead(), null)).hasStatus(204);
		assertThat(api.post("/api/v1/reviews/" + review + "/attendance", api.admin(), null)).hasStatus(403);

		assertThat(Api.<List<Integer>>read(api.get("/api/v1/reviews/" + review, team.lead()), "$.attendees[*].personId"))
			.containsExactlyInAnyOrder((int) team.teammate().personId(), (int) team.lead().personId());
	}

	@Test
	void theLeadRecordsDecisionsAndClosesTheReviewWhichTellsThatTheTeamMetWithoutScores() {
		var team = fixtures.team();
		long review = fixtures.open(team);
		api.post("/api/v1/reviews/" + review + "/attendance", team.teammate(), null);
		api.put(feedbackUri(review, team.keyResultId()), team.teammate(), agree("Fair", 0));

		assertThat(api.post("/api/v1/reviews/" + review + "/decisions", team.owner(), Map.of("text", "Mine"))).hasStatus(403);
		assertThat(api.post("/api/v1/reviews/" + review + "/decisions", team.lead(), Map.of("text", "x".repeat(1001)))).hasStatus(400);
		assertThat(api.post("/api/v1/reviews/" + review + "/decisions", team.lead(),
				Map.of("text", "Pair on the launch", "keyResultId", team.keyResultId()))).hasStatus(201);
		assertThat(api.post("/api/v1/reviews/" + review + "/close", team.owner(), Map.of("version", 1))).hasStatus(403);
		assertThat(api.post("/api/v1/reviews/" + review + "/close", team.lead(), Map.of("version", 7))).hasStatus(409);
		assertThat(api.post("/api/v1/reviews/" + review + "/close", team.lead(), Map.of("version", 1))).hasStatusOk()
			.bodyJson().extractingPath("$.state").isEqualTo("CLOSED");

		assertThat(events.stream(ReviewHeld.class).filter(held -> held.reviewId() == review))
			.singleElement()
			.satisfies(held -> {
				assertThat(held.teamId()).isEqualTo(team.teamId());
				assertThat(held.attendees()).isEqualTo(1);
				assertThat(held.feedbacks()).isEqualTo(1);
				assertThat(held.decisions()).isEqualTo(1);
			});
		assertThat(api.post("/api/v1/reviews/" + review + "/decisions", team.lead(), Map.of("text", "Late"))).hasStatus(409);
		assertThat(api.post("/api/v1/reviews/" + review + "/reveal", team.lead(), Map.of("version", 2))).hasStatus(409);
		assertThat(api.post("/api/v1/reviews/" + review + "/attendance", team.owner(), null)).hasStatus(409);
		assertThat(board(review, team.lead())).contains("Pair on the launch");
	}

	@Test
	void theBoardIsReadInAConstantNumberOfStatementsWhateverTheTeamsSize() {
		var small = fixtures.team();
		long smallReview = fixtures.open(small);
		var large = fixtures.team();
		fixtures.grow(large, 4);
		long largeReview = fixtures.open(large);
		api.put(feedbackUri(largeReview, large.keyResultId()), large.teammate(), agree("Fine", 0));
		api.post("/api/v1/reviews/" + largeReview + "/attendance", large.teammate(), null);

		statements.reset();
		assertThat(api.get("/api/v1/reviews/" + smallReview, small.lead())).hasStatusOk();
		int smallCount = statements.count();
		statements.reset();
		assertThat(api.get("/api/v1/reviews/" + largeReview, large.lead())).hasStatusOk();
		int largeCount = statements.count();

		assertThat(Api.<List<Object>>read(api.get("/api/v1/reviews/" + smallReview, small.lead()), "$.objectives")).hasSize(1);
		assertThat(Api.<List<Object>>read(api.get("/api/v1/reviews/" + largeReview, large.lead()), "$.objectives")).hasSize(5);
		assertThat(largeCount).isEqualTo(smallCount);
	}
}
