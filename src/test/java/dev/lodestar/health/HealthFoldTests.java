package dev.lodestar.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.objectives.Owner;
import dev.lodestar.objectives.Visibility;

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
			keyResult(205, 103, "Support tickets about onboarding", 12));

	private static KeyResultFact keyResult(long id, long objective, String title, long owner) {
		return new KeyResultFact(id, objective, title, KeyResultKind.INCREASE, BigDecimal.ZERO, BigDecimal.TEN, owner);
	}

	private static Map<HealthSignal, SignalResult> fold(List<ObjectiveFact> objectives, List<KeyResultFact> keyResults,
			Set<Long> people) {
		return HealthFold.of(new TeamFacts(TEAM, people, new ObjectiveFacts.Facts(objectives, keyResults))).stream()
			.collect(Collectors.toMap(SignalResult::signal, Function.identity()));
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
	void aTeamWithoutObjectivesOrPeopleIsNotMeasuredNeverHealthy() {
		var results = fold(List.of(), List.of(), Set.of());

		assertThat(results).hasSize(6);
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
