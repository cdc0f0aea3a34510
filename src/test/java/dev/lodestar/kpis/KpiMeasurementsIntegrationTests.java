package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Measurements at the entry point, on H2 and PostgreSQL: order, corrections and concurrent writers. */
class KpiMeasurementsIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private KpiManagement kpis;

	private Caller owner;

	private Caller steward;

	private Kpi kpi;

	@BeforeEach
	void defineAPersonalKpi() {
		var person = api.newPerson("Measurer");
		owner = new Caller(person.personId(), "Measurer", false, Locale.ENGLISH, Set.of());
		steward = new Caller(api.admin().personId(), "Admin", true, Locale.ENGLISH, Set.of());
		kpi = kpis.define(steward, new NewKpi("Tickets closed", "tickets", null, person.personId(),
				KpiDirection.HIGHER_IS_BETTER, d("40"), d("35"), d("20"), KpiFrequency.WEEKLY, null));
	}

	@Test
	void aCorrectionRestatesAnEarlierDayAndTheNewestRowForADayCounts() {
		measure("2026-10-05", "30", false);
		measure("2026-10-12", "36", false);
		measure("2026-10-05", "33", true);

		assertThat(kpis.series(kpi.id())).extracting(Measurement::measuredOn, Measurement::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-10-05"), d("33")),
					org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-10-12"), d("36")));
		assertThat(kpis.status(kpi.id()).health()).isEqualTo(KpiHealth.HEALTHY);
		assertThat(kpis.lastIn(List.of(kpi.id()), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-10")))
			.extractingByKey(kpi.id()).extracting(Measurement::value).isEqualTo(d("33"));
	}

	@Test
	void aDayOnOrBeforeTheLatestWithoutTheCorrectionFlagIsRefusedAndChangesNothing() {
		measure("2026-10-12", "36", false);

		for (String day : List.of("2026-10-05", "2026-10-12")) {
			assertThatThrownBy(() -> measure(day, "10", false)).isInstanceOf(InvalidInputException.class)
				.satisfies(refusal -> assertThat(((InvalidInputException) refusal).violations())
					.extracting(violation -> violation.field() + " " + violation.messageKey())
					.containsExactly("measuredOn validation.kpi-measurement-not-after-latest"));
		}
		assertThat(kpis.series(kpi.id())).extracting(Measurement::value).containsExactly(d("36"));
		assertThat(kpis.find(kpi.id()).lastMeasuredOn()).isEqualTo(LocalDate.parse("2026-10-12"));
	}

	@Test
	void ofTwoWritersClaimingTheSameNextDayAtOnceExactlyOneLands() throws Exception {
		measure("2026-10-05", "30", false);
		int writers = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String value = String.valueOf(31 + i);
				outcomes.add(pool.submit((Callable<Boolean>) () -> {
					start.await();
					try {
						measure("2026-10-12", value, false);
						return true;
					}
					catch (InvalidInputException refused) {
						return false;
					}
				}));
			}
			start.countDown();
			int landed = 0;
			for (Future<Boolean> outcome : outcomes) {
				landed += outcome.get() ? 1 : 0;
			}
			assertThat(landed).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(kpis.series(kpi.id())).hasSize(2);
	}

	@Test
	void theLastMeasurementInAPeriodIgnoresDaysAfterIt() {
		measure("2026-09-28", "10", false);
		measure("2026-10-05", "20", false);
		measure("2026-10-12", "30", false);

		var last = kpis.lastIn(List.of(kpi.id()), LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-06"));

		assertThat(last.get(kpi.id()).value()).isEqualTo(d("20"));
		assertThat(kpis.lastIn(List.of(kpi.id()), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))).isEmpty();
	}

	@Test
	void findingSeveralKpisSkipsUnknownIds() {
		assertThat(kpis.findAll(List.of(kpi.id(), Long.MAX_VALUE))).containsOnlyKeys(kpi.id());
	}

	@Test
	void theOwnerMeasuresButOnlyAStewardCorrectsAndNobodyRedefinesTheirOwnKpi() {
		measure("2026-10-12", "36", false);

		assertThatThrownBy(() -> kpis.measure(owner, kpi.id(),
				new NewMeasurement(LocalDate.parse("2026-10-05"), d("99"), true, null)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> kpis.revise(owner, kpi.id(), new KpiRevision("Tickets closed", "tickets",
				KpiDirection.HIGHER_IS_BETTER, d("10"), d("8"), d("5"), KpiFrequency.WEEKLY, KpiSource.MANUAL, 0)))
			.isInstanceOf(ForbiddenException.class);
		assertThat(kpis.series(kpi.id())).extracting(Measurement::value).containsExactly(d("36"));
		assertThat(kpis.find(kpi.id()).targets().target()).isEqualTo(d("40"));
	}

	/** The owner measures a later day; a correction is a steward's. */
	private Measurement measure(String day, String value, boolean correction) {
		return kpis.measure(correction ? steward : owner, kpi.id(),
				new NewMeasurement(LocalDate.parse(day), d(value), correction, null));
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}
}
