package dev.lodestar.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiOwner;
import dev.lodestar.kpis.KpiSource;
import dev.lodestar.kpis.KpiTargets;
import dev.lodestar.kpis.Measurement;
import dev.lodestar.people.Team;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of a result, and which template applies when several match. */
class AppraisalArithmeticTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

	@Test
	void aResultIsTheSumOfWeightTimesAttainment() {
		Kpi revenue = kpi(1, KpiDirection.HIGHER_IS_BETTER, "100", "90", "70");
		Kpi churn = kpi(2, KpiDirection.LOWER_IS_BETTER, "5", "5", "8");
		var lines = WeightedAttainment.lines(List.of(new TemplateItem(1L, 60), new TemplateItem(2L, 40)),
				Map.of(1L, revenue, 2L, churn), Map.of(1L, measured(1, "90"), 2L, measured(2, "6")));

		// 60 × 0.9 + 40 × (2 − 6 ÷ 5 = 0.8) = 54 + 32
		assertThat(lines).extracting(ResultLine::attainment).containsExactly(new BigDecimal("0.9000"), new BigDecimal("0.8000"));
		assertThat(lines).extracting(ResultLine::contribution).containsExactly(new BigDecimal("54.0000"), new BigDecimal("32.0000"));
		assertThat(WeightedAttainment.total(lines)).isEqualByComparingTo("86");
	}

	@Test
	void aKpiNotMeasuredInThePeriodCountsZeroAndIsFlagged() {
		Kpi revenue = kpi(1, KpiDirection.HIGHER_IS_BETTER, "100", "90", "70");
		Kpi quality = kpi(2, KpiDirection.HIGHER_IS_BETTER, "10", "9", "7");
		var lines = WeightedAttainment.lines(List.of(new TemplateItem(1L, 50), new TemplateItem(2L, 50)),
				Map.of(1L, revenue, 2L, quality), Map.of(1L, measured(1, "100")));

		assertThat(lines.get(1).measured()).isFalse();
		assertThat(lines.get(1).value()).isNull();
		assertThat(lines.get(1).attainment()).isZero();
		assertThat(lines.get(1).contribution()).isZero();
		assertThat(WeightedAttainment.total(lines)).isEqualByComparingTo("50");
	}

	@Test
	void overshootingIsCappedSoOneKpiCannotCarryTheOthers() {
		Kpi revenue = kpi(1, KpiDirection.HIGHER_IS_BETTER, "100", "90", "70");
		var lines = WeightedAttainment.lines(List.of(new TemplateItem(1L, 100)), Map.of(1L, revenue),
				Map.of(1L, measured(1, "500")));

		assertThat(lines.get(0).attainment()).isEqualByComparingTo(KpiTargets.ATTAINMENT_CAP);
		assertThat(WeightedAttainment.total(lines)).isEqualByComparingTo("120");
	}

	@Test
	void aBandCountsFullyInsideTheHealthyToleranceAndLinearlyBetweenTolerances() {
		Kpi temperature = kpi(1, KpiDirection.WITHIN_BAND, "20", "1", "5");
		var inside = WeightedAttainment.lines(List.of(new TemplateItem(1L, 100)), Map.of(1L, temperature),
				Map.of(1L, measured(1, "20.5")));
		var between = WeightedAttainment.lines(List.of(new TemplateItem(1L, 100)), Map.of(1L, temperature),
				Map.of(1L, measured(1, "23")));

		assertThat(WeightedAttainment.total(inside)).isEqualByComparingTo("100");
		// distance 3: (5 − 3) ÷ (5 − 1) = 0.5
		assertThat(WeightedAttainment.total(between)).isEqualByComparingTo("50");
	}

	@Test
	void weightsThatSumToAHundredGiveAHundredWhenEveryTargetIsMetExactly() {
		var kpis = Map.of(1L, kpi(1, KpiDirection.HIGHER_IS_BETTER, "10", "9", "7"), 2L,
				kpi(2, KpiDirection.HIGHER_IS_BETTER, "3", "2", "1"), 3L, kpi(3, KpiDirection.LOWER_IS_BETTER, "4", "4", "6"));
		var lines = WeightedAttainment.lines(
				List.of(new TemplateItem(1L, 33), new TemplateItem(2L, 33), new TemplateItem(3L, 34)), kpis,
				Map.of(1L, measured(1, "10"), 2L, measured(2, "3"), 3L, measured(3, "4")));

		assertThat(WeightedAttainment.total(lines)).isEqualByComparingTo("100");
	}

	@Test
	void aPersonsOwnTemplateWinsThenLeadsThenMembersThenTheFirstDefined() {
		var team = new Team(7, "Ops", null, List.of(1L), List.of(2L, 3L), 0);
		var other = new Team(8, "Sales", null, List.of(3L), List.of(), 0);
		var membersOps = template(10, AppliesTo.TEAM_MEMBERS, null, 7L);
		var leadsSales = template(11, AppliesTo.TEAM_LEADS, null, 8L);
		var leadsOps = template(12, AppliesTo.TEAM_LEADS, null, 7L);
		var personal = template(13, AppliesTo.PERSON, 2L, null);
		var choice = new TemplateChoice(List.of(personal, leadsOps, leadsSales, membersOps), Map.of(7L, team, 8L, other));

		assertThat(choice.applicableTo(2).orElseThrow().id()).as("own template over members").isEqualTo(13);
		assertThat(choice.applicableTo(3).orElseThrow().id()).as("leads of Sales over members of Ops").isEqualTo(11);
		assertThat(choice.applicableTo(1).orElseThrow().id()).isEqualTo(12);
		assertThat(choice.applicableTo(99)).isEmpty();
		assertThat(choice.people()).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void amongTemplatesOfTheSameKindTheFirstDefinedWins() {
		var ops = new Team(7, "Ops", null, List.of(1L), List.of(), 0);
		var sales = new Team(8, "Sales", null, List.of(1L), List.of(), 0);
		var later = template(21, AppliesTo.TEAM_LEADS, null, 7L);
		var earlier = template(20, AppliesTo.TEAM_LEADS, null, 8L);

		assertThat(new TemplateChoice(List.of(later, earlier), Map.of(7L, ops, 8L, sales)).applicableTo(1).orElseThrow().id())
			.isEqualTo(20);
	}

	private static AppraisalTemplate template(long id, AppliesTo appliesTo, Long personId, Long teamId) {
		return new AppraisalTemplate(id, "T" + id, appliesTo, personId, teamId, List.of(new TemplateItem(1L, 100)), 0);
	}

	private static Kpi kpi(long id, KpiDirection direction, String target, String healthy, String critical) {
		var targets = new KpiTargets(direction, new BigDecimal(target), new BigDecimal(healthy), new BigDecimal(critical));
		return new Kpi(id, "KPI " + id, "u", KpiOwner.person(1), targets, KpiFrequency.MONTHLY, KpiSource.MANUAL, null, DAY, 1,
				0, Instant.EPOCH, Instant.EPOCH);
	}

	private static Measurement measured(long kpiId, String value) {
		return new Measurement(kpiId * 10, kpiId, DAY, new BigDecimal(value), false, "", 1, Instant.EPOCH);
	}
}
