package dev.lodestar.kpis;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.lodestar.platform.errors.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;

class KpiTargetsTests {

	private static final KpiTargets UPTIME = targets(KpiDirection.HIGHER_IS_BETTER, "99.9", "99.5", "99");

	private static final KpiTargets LEAD_TIME = targets(KpiDirection.LOWER_IS_BETTER, "5", "6", "10");

	private static final KpiTargets STOCK = targets(KpiDirection.WITHIN_BAND, "100", "10", "30");

	@Test
	void higherIsBetterIsHealthyFromTheHealthyThresholdAndCriticalBelowTheCriticalOne() {
		assertThat(UPTIME.health(d("99.5"))).isEqualTo(KpiHealth.HEALTHY);
		assertThat(UPTIME.health(d("99.2"))).isEqualTo(KpiHealth.WARNING);
		assertThat(UPTIME.health(d("99"))).isEqualTo(KpiHealth.WARNING);
		assertThat(UPTIME.health(d("98.9"))).isEqualTo(KpiHealth.CRITICAL);
		assertThat(UPTIME.health(null)).isEqualTo(KpiHealth.UNKNOWN);
	}

	@Test
	void lowerIsBetterIsHealthyUpToTheHealthyThresholdAndCriticalAboveTheCriticalOne() {
		assertThat(LEAD_TIME.health(d("6"))).isEqualTo(KpiHealth.HEALTHY);
		assertThat(LEAD_TIME.health(d("10"))).isEqualTo(KpiHealth.WARNING);
		assertThat(LEAD_TIME.health(d("10.5"))).isEqualTo(KpiHealth.CRITICAL);
	}

	@Test
	void aBandIsHealthyWithinTheHealthyToleranceOfItsTargetOnEitherSide() {
		assertThat(STOCK.health(d("90"))).isEqualTo(KpiHealth.HEALTHY);
		assertThat(STOCK.health(d("110"))).isEqualTo(KpiHealth.HEALTHY);
		assertThat(STOCK.health(d("75"))).isEqualTo(KpiHealth.WARNING);
		assertThat(STOCK.health(d("131"))).isEqualTo(KpiHealth.CRITICAL);
	}

	@Test
	void thresholdsInTheWrongOrderForTheDirectionAreRefusedAtTheCriticalThreshold() {
		assertThat(targets(KpiDirection.HIGHER_IS_BETTER, "10", "8", "9").violations())
			.extracting(FieldViolation::field, FieldViolation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("criticalThreshold",
					"validation.kpi-thresholds.HIGHER_IS_BETTER"));
		assertThat(targets(KpiDirection.LOWER_IS_BETTER, "5", "8", "8").violations()).hasSize(1);
		assertThat(targets(KpiDirection.WITHIN_BAND, "5", "-1", "3").violations()).hasSize(1);
		assertThat(UPTIME.violations()).isEmpty();
		assertThat(LEAD_TIME.violations()).isEmpty();
		assertThat(STOCK.violations()).isEmpty();
	}

	@Test
	void attainmentIsTheShareOfTheTargetReachedCappedSoOneKpiCannotCarryAnAppraisal() {
		var sales = targets(KpiDirection.HIGHER_IS_BETTER, "200", "180", "120");
		assertThat(sales.attainment(d("150"))).isEqualByComparingTo("0.75");
		assertThat(sales.attainment(d("200"))).isEqualByComparingTo("1");
		assertThat(sales.attainment(d("500"))).isEqualByComparingTo("1.2");
		assertThat(sales.attainment(d("-20"))).isEqualByComparingTo("0");
	}

	@Test
	void lowerIsBetterAttainmentFallsAsTheValueRisesAboveTheTarget() {
		assertThat(LEAD_TIME.attainment(d("5"))).isEqualByComparingTo("1");
		assertThat(LEAD_TIME.attainment(d("6"))).isEqualByComparingTo("0.8");
		assertThat(LEAD_TIME.attainment(d("4.5"))).isEqualByComparingTo("1.1");
		assertThat(LEAD_TIME.attainment(d("0"))).isEqualByComparingTo("1.2");
		assertThat(LEAD_TIME.attainment(d("12"))).isEqualByComparingTo("0");
		var incidents = targets(KpiDirection.LOWER_IS_BETTER, "0", "1", "3");
		assertThat(incidents.attainment(d("0"))).isEqualByComparingTo("1");
		assertThat(incidents.attainment(d("1"))).isEqualByComparingTo("0");
	}

	@Test
	void bandAttainmentIsFullInsideTheHealthyToleranceAndFallsLinearlyToTheCriticalOne() {
		assertThat(STOCK.attainment(d("108"))).isEqualByComparingTo("1");
		assertThat(STOCK.attainment(d("80"))).isEqualByComparingTo("0.5");
		assertThat(STOCK.attainment(d("130"))).isEqualByComparingTo("0");
	}

	private static KpiTargets targets(KpiDirection direction, String target, String healthy, String critical) {
		return new KpiTargets(direction, d(target), d(healthy), d(critical));
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}
}
