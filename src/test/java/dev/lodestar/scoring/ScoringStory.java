package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team in its cycle's last week, built through the API: lead Lea, members Max and Mia, and Otto outside. The
 * team's objective has Lea's key result; Max has a public and a private objective. Everything is checked in and
 * self-scored (final scores, as the cycle ends in three days). The weekly reviews are written as rows (their API is
 * built elsewhere): this week's is REVEALED, last week's is still OPEN, and its feedback says "secret" — which
 * must never show.
 */
final class ScoringStory {

	final Api api;

	final WeeklyReviewRows reviews;

	final LocalDate today = LocalDate.now();

	final LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

	Session lea;

	Session max;

	Session mia;

	Session otto;

	long team;

	long cycle;

	long teamObjective;

	long teamKeyResult;

	long maxObjective;

	long maxKeyResult;

	long maxSecondKeyResult;

	long maxPrivateObjective;

	Score teamScore;

	Score maxScore;

	long revealedReview;

	long openReview;

	ScoringStory(Api api, WeeklyReviewRows reviews) {
		this.api = api;
		this.reviews = reviews;
	}

	ScoringStory build() {
		lea = api.newPerson("Lea");
		max = api.newPerson("Max");
		mia = api.newPerson("Mia");
		otto = api.newPerson("Otto");
		team = api.newTeam("Growth", null, List.of(lea.personId()), List.of(max.personId(), mia.personId()));
		cycle = api.newCycle("ACTIVE", today.minusDays(60).toString(), today.plusDays(3).toString());
		teamObjective = api.newTeamObjective(lea, cycle, team, "Win the market");
		teamKeyResult = api.newKeyResult(lea, teamObjective, "PERCENTAGE", 0, 100);
		checkIn(lea, teamKeyResult, 40, 5, "slow start");
		checkIn(lea, teamKeyResult, 60, 7, "campaign worked");
		teamScore = score(lea, teamKeyResult, "0.6");
		maxObjective = api.newPersonalObjective(max, cycle, "Grow as a speaker");
		maxKeyResult = api.newKeyResult(max, maxObjective, "PERCENTAGE", 0, 100);
		checkIn(max, maxKeyResult, 30, 8, "");
		maxScore = score(max, maxKeyResult, "0.5");
		maxSecondKeyResult = api.newKeyResult(max, maxObjective, "PERCENTAGE", 0, 100);
		score(max, maxSecondKeyResult, "0.7");
		var hidden = api.post("/api/v1/objectives", max, Map.of("cycleId", cycle, "ownerPersonId", max.personId(),
				"title", "Private plan", "visibility", "PRIVATE"));
		assertThat(hidden).hasStatus(201);
		maxPrivateObjective = Api.id(hidden);

		revealedReview = reviews.review(team, cycle, monday, "REVEALED", lea.personId());
		reviews.attended(revealedReview, lea.personId());
		reviews.attended(revealedReview, max.personId());
		reviews.feedback(revealedReview, teamScore, max.personId(), "0.8", "more than you think");
		reviews.feedback(revealedReview, teamScore, mia.personId(), null, "fair");
		reviews.feedback(revealedReview, maxScore, lea.personId(), "0.7", "you did well");
		reviews.feedback(revealedReview, maxScore, mia.personId(), null, "agreed");
		reviews.decision(revealedReview, teamKeyResult, "Ship the campaign", lea.personId());
		reviews.decision(revealedReview, null, "Meet on Tuesdays", lea.personId());

		openReview = reviews.review(team, cycle, monday.minusDays(7), "OPEN", lea.personId());
		reviews.attended(openReview, mia.personId());
		reviews.feedback(openReview, teamScore, mia.personId(), "0.1", "secret");
		reviews.feedback(openReview, maxScore, lea.personId(), "0.0", "secret");
		return this;
	}

	/**
	 * Grows the story: Mia's objectives with key results, check-ins, scores and revealed feedback; an older closed
	 * review with attendance, a decision and feedback; Max's objectives in a second cycle. A page or call that costs
	 * the same statements before and after does not grow with the data.
	 */
	void grow() {
		for (int i = 0; i < 3; i++) {
			long objective = api.newPersonalObjective(mia, cycle, "More " + i);
			for (int k = 0; k < 3; k++) {
				long keyResult = api.newKeyResult(mia, objective, "PERCENTAGE", 0, 100);
				checkIn(mia, keyResult, 10 * k, k, "note " + k);
				checkIn(mia, keyResult, 20 * k, k + 1, "");
				Score score = score(mia, keyResult, "0." + (k + 4));
				reviews.feedback(revealedReview, score, lea.personId(), null, "fine");
			}
		}
		long older = reviews.review(team, cycle, monday.minusDays(14), "CLOSED", lea.personId());
		reviews.attended(older, mia.personId());
		reviews.decision(older, maxKeyResult, "Keep going", max.personId());
		reviews.feedback(older, maxScore, mia.personId(), "0.6", "a bit more");
		long nextCycle = api.newCycle("ACTIVE", today.minusDays(30).toString(), today.plusDays(2).toString());
		for (int i = 0; i < 2; i++) {
			long objective = api.newPersonalObjective(max, nextCycle, "Another " + i);
			for (int k = 0; k < 3; k++) {
				long keyResult = api.newKeyResult(max, objective, "PERCENTAGE", 0, 100);
				checkIn(max, keyResult, 10 * k, 3 + k, "");
				Score score = score(max, keyResult, "0." + (k + 5));
				reviews.feedback(revealedReview, score, mia.personId(), "0.9", "higher");
			}
		}
	}

	void checkIn(Session as, long keyResult, int value, int confidence, String note) {
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", as,
				Map.of("value", value, "confidence", confidence, "note", note))).hasStatus(201);
	}

	/** Scores through the scoring API, replacing the key result's current version. */
	Score score(Session as, long keyResult, String value) {
		List<Object> earlier = Api.read(api.get("/api/v1/key-results/" + keyResult + "/scores", as), "$");
		var scored = api.put("/api/v1/key-results/" + keyResult + "/score", as,
				Map.of("score", new BigDecimal(value), "reason", "judged in the review", "version", earlier.size()));
		assertThat(scored).hasStatusOk();
		return new Score(Api.id(scored), keyResult, Api.<Integer>read(scored, "$.version"), new BigDecimal(value),
				BigDecimal.ONE, "judged in the review", ScoreKind.valueOf(Api.read(scored, "$.kind")), as.personId(),
				Instant.parse(Api.read(scored, "$.recordedAt")));
	}

}
