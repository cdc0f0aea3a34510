package dev.lodestar.kpis;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk reads appraisal uses, on the real database: they once found nothing on H2. */
class KpiManagementIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private KpiManagement management;

	@Test
	void findsKpisByIdAndTheirLastMeasurementInAPeriodWithCorrectionsApplied() {
		var kpis = new KpiApi(api);
		var lead = api.newPerson("Bulklead");
		long team = api.newTeam("Bulk", null, List.of(lead.personId()), List.of());
		long first = kpis.teamKpi(lead, team, "B first");
		long second = kpis.teamKpi(lead, team, "A second");
		long unmeasured = kpis.teamKpi(lead, team, "C unmeasured");
		kpis.measured(lead, first, "2026-10-05", 10);
		kpis.measured(lead, first, "2026-10-20", 20);
		kpis.measured(lead, first, "2026-11-02", 30);
		assertThat(kpis.measure(lead, first, "2026-10-20", 25, true)).hasStatus(201);
		kpis.measured(lead, second, "2026-09-01", 5);

		var found = management.findAll(List.of(first, second, unmeasured, unmeasured + 1_000_000));
		var last = management.lastIn(List.of(first, second, unmeasured), LocalDate.parse("2026-10-01"),
				LocalDate.parse("2026-10-31"));

		assertThat(found.keySet()).containsExactly(second, first, unmeasured);
		assertThat(last.keySet()).containsExactly(first);
		assertThat(last.get(first).measuredOn()).isEqualTo(LocalDate.parse("2026-10-20"));
		assertThat(last.get(first).value()).isEqualByComparingTo("25");
		assertThat(last.get(first).correction()).isTrue();
	}
}
