package dev.lodestar.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.lodestar.alignment.AlignmentFacts;
import dev.lodestar.alignment.ContributionState;
import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.cocreation.ProposalFact;
import dev.lodestar.objectives.CapRefusal;
import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.objectives.Owner;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.scoring.FinalScoreRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every signal of the fold from one written fixture: a team (id 1) of a lead (10) and three members (11, 12, 13),
 * four objectives and six key results. The expected values and evidence are counted by hand in the comments.
 */
class HealthFoldTests {

	private static final long TEAM = 1;

	private static final Set<Long> PEOPLE = Set.of(10L, 11L, 12L, 13L);

	private static final List<ObjectiveFact> OBJECTIVES = List.of(
			// 100: the team's, written by its lead, public, qualitative, two key results: all healthy
			new ObjectiveFact(100, new Owner(TEAM, null), "Delight every new customer", Visibility.PUBLIC, 10, false),
			// 101: the team's, written by an admin outside the team (set for them), numbers in the title, one key result
			new ObjectiveFact(101, new Owner(TEAM, null), "Grow revenue by 30%", Visibility.PUBLIC, 99, false),
			// 102: member 11's own, private, with no key result
			new ObjectiveFact(102, new Owner(null, 11L), "Learn the pricing model", Visibility.PRIVATE, 11, false),
			// 103: member 12's, written for them by the lead (set for them), public, three key results
			new ObjectiveFact(103, new Owner(null, 12L), "Make onboarding effortless", Visibility.PUBLIC, 10, false));

	private static final List<KeyResultFact> KEY_RESULTS = List.of(
			keyResult(200, 100, "Customers who say yes", 10),
			keyResult(201, 100, "Hold three customer workshops", 11), // an activity
			keyResult(202, 101, "Revenue from new customers", 10),
			keyResult(203, 103, "Teams onboarded in a day", 12),
			keyResult(204, 103, "举办两次培训", 12), // an activity, in Chinese
			new KeyResultFact(205, 103, "Support tickets about onboarding", KeyResultKind.DECREASE, new BigDecimal("5"),
					new BigDecimal("5"), 12)); // a target equal to its start

	private static KeyResultFact keyResult(long id, long objective, String title, long owner) {
		return new KeyResultFact(id, objective, title, KeyResultKind.INCREASE, BigDecimal.ZERO, BigDecimal.TEN, owner);
	}

	/** The cycle started on Monday 5 October; it is Wednesday 4 November: four weeks have ended. */
	private static final CycleWindow WINDOW = new CycleWindow(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-12-31"),
			Instant.parse("2026-11-04T12:00:00Z"));

	/** 100 and 103 support something above; 100 is supported from below (the team has sub-teams). */
	private static final AlignmentFacts.Facts ALIGNMENT = new AlignmentFacts.Facts(Set.of(100L, 103L), Set.of(100L), List.of(
			new AlignmentFacts.Contribution(300, TEAM, 7, ContributionState.ACCEPTED, null),
			new AlignmentFacts.Contribution(301, TEAM, 8, ContributionState.WAITING_FOR_ASKED, null),
			// an accepted request of team 9 put 103 into member 12's OKRs
			new AlignmentFacts.Contribution(302, 9, TEAM, ContributionState.ACCEPTED, 103L)));

	/**
	 * 200: three check-ins, confidence always 5, value 2 since 13 October (stalled); 201: two, confidence 5 then 7,
	 * value 1 then 3; 203: one, on 29 October; 202, 204 and 205: none. The week of 19 October has no check-in.
	 */
	private static final List<CheckInFacts.Point> CHECK_INS = List.of(
			point(200, "1", 5, "2026-10-06"), point(200, "2", 5, "2026-10-13"), point(200, "2", 5, "2026-10-27"),
			point(201, "1", 5, "2026-10-06"), point(201, "3", 7, "2026-10-28"),
			point(203, "5", 6, "2026-10-29"));

	private static CheckInFacts.Point point(long keyResult, String value, int confidence, String day) {
		return new CheckInFacts.Point(keyResult, new BigDecimal(value), confidence, Instant.parse(day + "T09:00:00Z"));
	}

	/**
	 * Final scores: 200 and 203 met in full, 201 near zero, 202 in between. The previous cycle had "Customers who say
	 * yes" (ended at 10, which 200 targets again) and "Reach 40 teams"; the one before it had "Support tickets about
	 * onboarding 2025".
	 */
	private static final TeamFacts.Ambition AMBITION = new TeamFacts.Ambition(
			Map.of(200L, FinalScoreRange.MET_IN_FULL, 201L, FinalScoreRange.NEAR_ZERO, 202L, FinalScoreRange.IN_BETWEEN,
					203L, FinalScoreRange.MET_IN_FULL),
			List.of(new ObjectiveFacts.Facts(List.of(), List.of(keyResult(900, 90, "Customers who say yes", 10),
					keyResult(901, 90, "Reach 40 teams", 10))),
					new ObjectiveFacts.Facts(List.of(), List.of(keyResult(902, 91, "Support tickets about onboarding 2025", 12)))),
			Map.of(900L, BigDecimal.TEN, 901L, new BigDecimal("35")));

	/** The lead (10) proposed 500 and 503, members 501 and 502; reviews were held in three of the four ended weeks. */
	private static final TeamFacts.Meetings MEETINGS = new TeamFacts.Meetings(Set.of(10L),
			List.of(new ProposalFact(500, 1, "Lead idea", 10), new ProposalFact(501, 1, "Member idea", 11),
					new ProposalFact(502, 1, "Another member idea", 12), new ProposalFact(503, 1, "Lead idea again", 10)),
			Set.of(LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-12"), LocalDate.parse("2026-10-26")));

	/** Member 11 tried a sixth objective of their own; someone tried a fifth key result for objective 101. */
	private static final List<CapRefusal> REFUSALS = List.of(
			new CapRefusal(700, Owner.person(11), null, CapRefusal.Kind.OBJECTIVE, 11),
			new CapRefusal(701, Owner.team(TEAM), 101L, CapRefusal.Kind.KEY_RESULT, 10));

	private static Map<HealthSignal, SignalResult> fold(List<ObjectiveFact> objectives, List<KeyResultFact> keyResults,
			Set<Long> people) {
		return fold(new TeamFacts(TEAM, people, new ObjectiveFacts.Facts(objectives, keyResults), REFUSALS, ALIGNMENT,
				CHECK_INS, Set.of(100L), true, WINDOW, AMBITION, MEETINGS));
	}

	private static Map<HealthSignal, SignalResult> fold(TeamFacts facts) {
		return HealthFold.of(facts).stream().collect(Collectors.toMap(SignalResult::signal, Function.identity()));
	}

	private static List<Long> ids(SignalResult result) {
		return result.evidence().stream().map(Evidence::id).toList();
	}

	@Test
	void countsEverySignalOfTheFixtureWithItsEvidence() {
		var results = fold(OBJECTIVES, KEY_RESULTS, PEOPLE);

		// 1 of 4 objectives has numbers in the title: 0.25, watch (0.2 ≤ 0.25 < 0.4)
		assertThat(results.get(HealthSignal.NUMBERS_IN_OBJECTIVES).value()).isEqualByComparingTo("0.25");
		assertThat(results.get(HealthSignal.NUMBERS_IN_OBJECTIVES).band()).isEqualTo(HealthBand.WATCH);
		assertThat(ids(results.get(HealthSignal.NUMBERS_IN_OBJECTIVES))).containsExactly(101L);
		// 2 of 6 key results are activities: 0.3333, watch
		assertThat(results.get(HealthSignal.ACTIVITY_KEY_RESULTS).value()).isEqualByComparingTo("0.3333");
		assertThat(results.get(HealthSignal.ACTIVITY_KEY_RESULTS).band()).isEqualTo(HealthBand.WATCH);
		assertThat(ids(results.get(HealthSignal.ACTIVITY_KEY_RESULTS))).containsExactly(201L, 204L);
		// 101 (one key result) and 102 (none) of 4 have fewer than two: 0.5, at risk
		assertThat(results.get(HealthSignal.THIN_OBJECTIVES).value()).isEqualByComparingTo("0.5");
		assertThat(results.get(HealthSignal.THIN_OBJECTIVES).band()).isEqualTo(HealthBand.AT_RISK);
		assertThat(ids(results.get(HealthSignal.THIN_OBJECTIVES))).containsExactly(101L, 102L);
		// 101 (by an outsider) and 103 (by the lead for member 12) of 4 were set for others: 0.5, at risk
		assertThat(results.get(HealthSignal.SET_FOR_OTHERS).value()).isEqualByComparingTo("0.5");
		assertThat(results.get(HealthSignal.SET_FOR_OTHERS).band()).isEqualTo(HealthBand.AT_RISK);
		assertThat(ids(results.get(HealthSignal.SET_FOR_OTHERS))).containsExactly(101L, 103L);
		// 102 of 4 is private: 0.25, at risk (≥ 0.25)
		assertThat(results.get(HealthSignal.PRIVATE_OBJECTIVES).value()).isEqualByComparingTo("0.25");
		assertThat(results.get(HealthSignal.PRIVATE_OBJECTIVES).band()).isEqualTo(HealthBand.AT_RISK);
		assertThat(ids(results.get(HealthSignal.PRIVATE_OBJECTIVES))).containsExactly(102L);
		// lead 10 and member 11 own key results of public objectives, 12 owns public 103; 13 owns nothing
		// (11's own objective is private and does not count): 1 of 4 people, 0.25, watch
		assertThat(results.get(HealthSignal.MEMBERS_WITHOUT_VISIBLE_OKRS).value()).isEqualByComparingTo("0.25");
		assertThat(results.get(HealthSignal.MEMBERS_WITHOUT_VISIBLE_OKRS).band()).isEqualTo(HealthBand.WATCH);
		assertThat(ids(results.get(HealthSignal.MEMBERS_WITHOUT_VISIBLE_OKRS))).containsExactly(13L);
		assertThat(results.get(HealthSignal.MEMBERS_WITHOUT_VISIBLE_OKRS).evidence())
			.allMatch(evidence -> evidence.kind() == EvidenceKind.PERSON);
	}

	@Test
	void readsAlignmentUpDownAndSidewaysAndWhatWasSetTogether() {
		var results = fold(OBJECTIVES, KEY_RESULTS, PEOPLE);

		// 100 and 103 of 4 are aligned upward: 0.5, watch (below 0.6, not below 0.3); evidence, the two that are not
		assertThat(results.get(HealthSignal.ALIGNED_UPWARD).value()).isEqualByComparingTo("0.5");
		assertThat(results.get(HealthSignal.ALIGNED_UPWARD).band()).isEqualTo(HealthBand.WATCH);
		assertThat(ids(results.get(HealthSignal.ALIGNED_UPWARD))).containsExactly(101L, 102L);
		// requests 300 and 302 were accepted, 301 waits: 2, healthy (not below 2)
		assertThat(results.get(HealthSignal.HORIZONTAL_LINKS).value()).isEqualByComparingTo("2");
		assertThat(results.get(HealthSignal.HORIZONTAL_LINKS).band()).isEqualTo(HealthBand.HEALTHY);
		assertThat(results.get(HealthSignal.HORIZONTAL_LINKS).evidence())
			.containsExactly(new Evidence(EvidenceKind.REQUEST, 300), new Evidence(EvidenceKind.REQUEST, 302));
		// the team's own 100 and 101: 101 has no support from below: 0.5, watch
		assertThat(results.get(HealthSignal.UNSUPPORTED_OBJECTIVES).value()).isEqualByComparingTo("0.5");
		assertThat(ids(results.get(HealthSignal.UNSUPPORTED_OBJECTIVES))).containsExactly(101L);
		// 100 came out of a session, 103 out of an accepted request: 2 of 4, healthy; evidence, the two that did not
		assertThat(results.get(HealthSignal.CO_CREATED).value()).isEqualByComparingTo("0.5");
		assertThat(results.get(HealthSignal.CO_CREATED).band()).isEqualTo(HealthBand.HEALTHY);
		assertThat(ids(results.get(HealthSignal.CO_CREATED))).containsExactly(101L, 102L);
	}

	@Test
	void readsAmbitionFromFinalScoreRangesTargetsAndTheCyclesBefore() {
		var results = fold(OBJECTIVES, KEY_RESULTS, PEOPLE);

		// of 4 final scores, 200 and 203 were met in full: 0.5, at risk; 201 near zero: 0.25, healthy
		assertThat(results.get(HealthSignal.SANDBAGGED_SCORES).value()).isEqualByComparingTo("0.5");
		assertThat(results.get(HealthSignal.SANDBAGGED_SCORES).band()).isEqualTo(HealthBand.AT_RISK);
		assertThat(ids(results.get(HealthSignal.SANDBAGGED_SCORES))).containsExactly(200L, 203L);
		assertThat(results.get(HealthSignal.FAILED_SCORES).value()).isEqualByComparingTo("0.25");
		assertThat(results.get(HealthSignal.FAILED_SCORES).band()).isEqualTo(HealthBand.HEALTHY);
		assertThat(ids(results.get(HealthSignal.FAILED_SCORES))).containsExactly(201L);
		// 200 targets the previous cycle's result (10) again, 205 its own start: 2 of 6, at risk
		assertThat(results.get(HealthSignal.FLAT_TARGETS).value()).isEqualByComparingTo("0.3333");
		assertThat(results.get(HealthSignal.FLAT_TARGETS).band()).isEqualTo(HealthBand.AT_RISK);
		assertThat(ids(results.get(HealthSignal.FLAT_TARGETS))).containsExactly(200L, 205L);
		// 200 and 205 measure what the two cycles before measured: 2, watch
		assertThat(results.get(HealthSignal.REUSED_METRICS).value()).isEqualByComparingTo("2");
		assertThat(results.get(HealthSignal.REUSED_METRICS).band()).isEqualTo(HealthBand.WATCH);
		assertThat(ids(results.get(HealthSignal.REUSED_METRICS))).containsExactly(200L, 205L);
	}

	@Test
	void readsWhoProposesInCoCreationAndWhetherTheWeeklyReviewIsHeld() {
		var results = fold(OBJECTIVES, KEY_RESULTS, PEOPLE);

		// 2 of 4 proposals by members: 0.5, healthy (not below 0.5); evidence, the lead's two
		assertThat(results.get(HealthSignal.BOTTOM_UP_PROPOSALS).value()).isEqualByComparingTo("0.5");
		assertThat(results.get(HealthSignal.BOTTOM_UP_PROPOSALS).band()).isEqualTo(HealthBand.HEALTHY);
		assertThat(results.get(HealthSignal.BOTTOM_UP_PROPOSALS).evidence())
			.containsExactly(new Evidence(EvidenceKind.PROPOSAL, 500), new Evidence(EvidenceKind.PROPOSAL, 503));
		// reviews in 3 of the 4 ended weeks: 0.75, healthy (not below 0.75)
		assertThat(results.get(HealthSignal.WEEKLY_REVIEWS_HELD).value()).isEqualByComparingTo("0.75");
		assertThat(results.get(HealthSignal.WEEKLY_REVIEWS_HELD).band()).isEqualTo(HealthBand.HEALTHY);
	}

	@Test
	void readsFollowUpFromTheCheckInsOfTheWeeksThatHaveEnded() {
		var results = fold(OBJECTIVES, KEY_RESULTS, PEOPLE);

		// of the four ended weeks, only that of 19 October had no check-in: 1, healthy (below 2)
		assertThat(results.get(HealthSignal.WEEKS_WITHOUT_CHECK_IN).value()).isEqualByComparingTo("1");
		assertThat(results.get(HealthSignal.WEEKS_WITHOUT_CHECK_IN).band()).isEqualTo(HealthBand.HEALTHY);
		// no check-in in the last two ended weeks (19 and 26 October): 202, 204, 205
		assertThat(ids(results.get(HealthSignal.WEEKS_WITHOUT_CHECK_IN))).containsExactly(202L, 204L, 205L);
		// 200 and 201 were checked in more than once; 200's confidence never changed: 0.5, watch
		assertThat(results.get(HealthSignal.CONFIDENCE_NEVER_CHANGED).value()).isEqualByComparingTo("0.5");
		assertThat(results.get(HealthSignal.CONFIDENCE_NEVER_CHANGED).band()).isEqualTo(HealthBand.WATCH);
		assertThat(ids(results.get(HealthSignal.CONFIDENCE_NEVER_CHANGED))).containsExactly(200L);
		// checked in three weeks ago (by 14 October, noon): 200 (2 then, 2 now: stalled) and 201 (1 then, 3 now)
		assertThat(results.get(HealthSignal.STALLED_KEY_RESULTS).value()).isEqualByComparingTo("0.5");
		assertThat(ids(results.get(HealthSignal.STALLED_KEY_RESULTS))).containsExactly(200L);
	}

	@Test
	void theWeekUnderWayIsNotJudgedAndATeamWithoutSubTeamsHasNoUnsupportedObjectives() {
		var firstWeek = new CycleWindow(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-31"),
				Instant.parse("2026-11-04T12:00:00Z"));

		var results = fold(new TeamFacts(TEAM, PEOPLE, new ObjectiveFacts.Facts(OBJECTIVES, KEY_RESULTS), REFUSALS, ALIGNMENT,
				List.of(),
				Set.of(), false, firstWeek, AMBITION, MEETINGS));

		assertThat(results.get(HealthSignal.WEEKS_WITHOUT_CHECK_IN).band()).isEqualTo(HealthBand.NOT_MEASURED);
		assertThat(results.get(HealthSignal.STALLED_KEY_RESULTS).band()).isEqualTo(HealthBand.NOT_MEASURED);
		assertThat(results.get(HealthSignal.UNSUPPORTED_OBJECTIVES).band()).isEqualTo(HealthBand.NOT_MEASURED);
	}

	@Test
	void attemptsTheCapsRefusedAreCountedShownByWhoTriedOrTheObjectiveAndWatchedFromTheFirst() {
		var refusals = fold(OBJECTIVES, KEY_RESULTS, PEOPLE).get(HealthSignal.CAP_REFUSALS);

		assertThat(refusals.value()).isEqualByComparingTo("2");
		assertThat(refusals.band()).isEqualTo(HealthBand.WATCH);
		assertThat(refusals.evidence()).containsExactly(new Evidence(EvidenceKind.PERSON, 11),
				new Evidence(EvidenceKind.OBJECTIVE, 101));
		assertThat(fold(new TeamFacts(TEAM, PEOPLE, new ObjectiveFacts.Facts(OBJECTIVES, KEY_RESULTS), List.of(), ALIGNMENT,
				CHECK_INS, Set.of(100L), true, WINDOW, AMBITION, MEETINGS)).get(HealthSignal.CAP_REFUSALS).band())
			.isEqualTo(HealthBand.HEALTHY);
	}

	@Test
	void aTeamWithoutObjectivesOrPeopleIsNotMeasuredNeverHealthy() {
		var results = fold(new TeamFacts(TEAM, Set.of(), new ObjectiveFacts.Facts(List.of(), List.of()), List.of(),
				new AlignmentFacts.Facts(Set.of(), Set.of(), List.of()), List.of(), Set.of(), true, WINDOW,
				TeamFacts.Ambition.none(), TeamFacts.Meetings.none()));

		assertThat(results.keySet()).containsExactlyInAnyOrder(HealthSignal.values());
		assertThat(results.values()).allSatisfy(result -> {
			assertThat(result.value()).isNull();
			assertThat(result.band()).isEqualTo(HealthBand.NOT_MEASURED);
			assertThat(result.evidence()).isEmpty();
		});
	}

	@Test
	void keepsFiftyPiecesOfEvidenceAndCountsThemAll() {
		List<ObjectiveFact> many = java.util.stream.LongStream.range(0, 60)
			.mapToObj(id -> new ObjectiveFact(id, new Owner(TEAM, null), "Reach 100 customers", Visibility.PUBLIC, 10, false))
			.toList();

		var numbers = fold(many, List.of(), PEOPLE).get(HealthSignal.NUMBERS_IN_OBJECTIVES);

		assertThat(numbers.value()).isEqualByComparingTo("1");
		assertThat(numbers.evidenceCount()).isEqualTo(60);
		assertThat(numbers.evidence()).hasSize(SignalResult.EVIDENCE_KEPT);
	}
}
