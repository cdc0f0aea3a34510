package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.checkins.NewCheckIn;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An achieved key result that now only needs maintaining becomes a KPI with its metric and its check-in history;
 * "achieved" is read from the check-ins, never from a score.
 */
class KeyResultHandoverIntegrationTests extends PageIntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	KpiManagement kpis;

	@Autowired
	CheckInManagement checkIns;

	Session lead;

	Session member;

	long team;

	long objective;

	@BeforeEach
	void aTeamObjective() {
		lead = api.newPerson("Handoverlead");
		member = api.newPerson("Handovermember");
		team = api.newTeam("Handoverteam", null, List.of(lead.personId()), List.of(member.personId()));
		objective = api.newTeamObjective(lead, api.newCycle("ACTIVE"), team, "Customers keep ordering");
	}

	@Test
	void anAchievedKeyResultBecomesATeamKpiWithItsMetricAndOneMeasurementPerDayOfItsCheckIns() {
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		checkIn(keyResult, 3, 10, "3");
		checkIn(keyResult, 2, 9, "5");
		checkIn(keyResult, 2, 15, "6");
		checkIn(keyResult, 1, 10, "10");
		String title = Api.read(api.get("/api/v1/key-results/" + keyResult, lead), "$.title");

		var handedOver = api.post("/api/v1/kpis/from-key-result/" + keyResult, lead, null);

		assertThat(handedOver).hasStatus(201);
		long kpiId = Api.id(handedOver);
		assertThat(handedOver).hasHeader("Location", "/api/v1/kpis/" + kpiId);
		assertThat((Integer) Api.read(handedOver, "$.measurementsCarriedOver")).isEqualTo(3);
		Kpi kpi = kpis.find(kpiId);
		assertThat(kpi.name()).isEqualTo(title);
		assertThat(kpi.unit()).isEqualTo("customers");
		assertThat(kpi.owner()).isEqualTo(KpiOwner.team(team));
		assertThat(kpi.originKeyResultId()).isEqualTo(keyResult);
		assertThat(kpi.targets().direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
		assertThat(kpi.targets().target()).isEqualByComparingTo("10");
		assertThat(kpi.targets().healthy()).isEqualByComparingTo("10");
		assertThat(kpi.targets().critical()).isEqualByComparingTo("5");
		assertThat(kpi.lastMeasuredOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(kpis.series(kpiId)).extracting(Measurement::measuredOn)
			.containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
		assertThat(kpis.series(kpiId)).extracting(Measurement::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("3"), new BigDecimal("6"), new BigDecimal("10"));
		assertThat(kpis.status(kpiId).health()).isEqualTo(KpiHealth.HEALTHY);
	}

	@Test
	void bothSidesShowTheProvenanceOfTheHandOver() {
		long keyResult = achievedKeyResult();
		String title = Api.read(api.get("/api/v1/key-results/" + keyResult, lead), "$.title");
		long kpiId = Api.id(api.post("/api/v1/kpis/from-key-result/" + keyResult, lead, null));
		String name = kpis.find(kpiId).name();

		var underKeyResult = Pages.html(pages.get("/key-results/" + keyResult + "/kpi", member));
		var besideKpi = Pages.html(pages.get("/kpis/" + kpiId + "/objectives", member));

		assertThat(underKeyResult.select(".provenance a").text()).isEqualTo("Maintained as KPI " + name);
		assertThat(underKeyResult.select(".provenance a").attr("href")).isEqualTo("/kpis/" + kpiId);
		assertThat(besideKpi.select(".provenance.handover a").text()).isEqualTo("Carried over from key result " + title);
		assertThat(besideKpi.select(".provenance.handover a").attr("href"))
			.isEqualTo("/objectives/" + objective + "#kr-" + keyResult);
		speaksChinese(member);
		assertThat(Pages.html(pages.get("/key-results/" + keyResult + "/kpi", member)).select(".provenance a").text())
			.isEqualTo("已作为 KPI " + name + " 持续维护");
		assertThat(Pages.html(pages.get("/kpis/" + kpiId + "/objectives", member)).select(".provenance.handover a").text())
			.isEqualTo("沿用自关键结果 " + title);
	}

	@Test
	void aPersonalObjectivesKeyResultBecomesAKpiOfTheObjectivesOwnerNotOfTheKeyResultsOwner() {
		long personal = api.newPersonalObjective(lead, api.newCycle("ACTIVE"), "Read more");
		var created = api.post("/api/v1/objectives/" + personal + "/key-results", lead, Map.of("title", "Books read",
				"kind", "INCREASE", "start", 0, "target", 4, "unit", "books", "ownerPersonId", member.personId()));
		long keyResult = Api.id(created);
		checkIn(keyResult, 1, 10, "4");

		assertThat(api.post("/api/v1/kpis/from-key-result/" + keyResult, lead, null)).as("nobody sets their own KPI")
			.hasStatus(403);
		var handedOver = api.post("/api/v1/kpis/from-key-result/" + keyResult, api.admin(), null);

		assertThat(handedOver).hasStatus(201);
		assertThat(kpis.find(Api.id(handedOver)).owner()).isEqualTo(KpiOwner.person(lead.personId()));
	}

	@Test
	void aDecreasingKeyResultBecomesAKpiWhereLowerIsBetter() {
		long keyResult = api.newKeyResult(lead, objective, "DECREASE", 20, 5);
		checkIn(keyResult, 1, 10, "4");

		var handedOver = api.post("/api/v1/kpis/from-key-result/" + keyResult, lead,
				Map.of("name", "Open complaints", "frequency", "MONTHLY"));

		assertThat(handedOver).hasStatus(201);
		Kpi kpi = kpis.find(Api.id(handedOver));
		assertThat(kpi.name()).isEqualTo("Open complaints");
		assertThat(kpi.frequency()).isEqualTo(KpiFrequency.MONTHLY);
		assertThat(kpi.targets().direction()).isEqualTo(KpiDirection.LOWER_IS_BETTER);
		assertThat(kpi.targets().healthy()).isEqualByComparingTo("5");
		assertThat(kpi.targets().critical()).isEqualByComparingTo("12.5");
	}

	@Test
	void aKeyResultNotReachedIsRefusedWhateverItsScore() {
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		checkIn(keyResult, 1, 10, "7");
		assertThat(api.score(lead, keyResult, "1.0", 0)).hasStatusOk();

		var refused = api.post("/api/v1/kpis/from-key-result/" + keyResult, lead, null);

		assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
		assertThat((String) Api.read(refused, "$.title")).isEqualTo("Key result not achieved");
		assertThat(kpis.fromKeyResult(keyResult)).isEmpty();
		assertThat(Pages.html(pages.get("/key-results/" + keyResult + "/kpi", lead)).select("button")).isEmpty();
	}

	@Test
	void aMilestoneIsRefusedForItHasNoMetricToMaintain() {
		long keyResult = api.newKeyResult(lead, objective, "MILESTONE", null, null);
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", lead, Map.of("done", true, "confidence", 10)))
			.hasStatus(201);

		var refused = api.post("/api/v1/kpis/from-key-result/" + keyResult, lead, null);

		assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
		assertThat((String) Api.read(refused, "$.title")).isEqualTo("A milestone has no metric");
		assertThat(kpis.fromKeyResult(keyResult)).isEmpty();
	}

	@Test
	void aKeyResultIsHandedOverOnceAndARetryIsReplayed() {
		long keyResult = achievedKeyResult();
		String path = "/api/v1/kpis/from-key-result/" + keyResult;

		var first = api.post(path, lead, null, "Idempotency-Key", "handover-" + keyResult);
		var retried = api.post(path, lead, null, "Idempotency-Key", "handover-" + keyResult);
		var twice = api.post(path, lead, null);

		assertThat(first).hasStatus(201);
		assertThat(retried).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.id(retried)).isEqualTo(Api.id(first));
		assertThat(twice).hasStatus(409).hasContentType("application/problem+json");
		assertThat((String) Api.read(twice, "$.title")).isEqualTo("Already a KPI");
		assertThat(kpis.fromKeyResult(keyResult)).hasSize(1);
	}

	@Test
	void thresholdsInTheWrongOrderAreRefusedAndNothingIsCreated() {
		long keyResult = achievedKeyResult();

		var refused = api.post("/api/v1/kpis/from-key-result/" + keyResult, lead,
				Map.of("healthyThreshold", 2, "criticalThreshold", 8));

		assertThat(refused).hasStatus(400).hasContentType("application/problem+json");
		assertThat((String) Api.read(refused, "$.errors[0].field")).isEqualTo("criticalThreshold");
		assertThat(kpis.fromKeyResult(keyResult)).isEmpty();
	}

	@Test
	void onlyAStewardOfTheObjectivesOwnerHandsItOverAndStrangersDoNotSeeAHiddenOne() {
		long keyResult = achievedKeyResult();
		long hidden = Api.id(api.post("/api/v1/objectives", lead, Map.of("cycleId",
				Api.<Integer>read(api.get("/api/v1/objectives/" + objective, lead), "$.cycleId"), "ownerTeamId", team,
				"title", "Secret growth", "visibility", "PRIVATE")));
		long hiddenKeyResult = api.newKeyResult(lead, hidden, "INCREASE", 0, 10);
		var stranger = api.newPerson("Stranger");

		assertThat(api.post("/api/v1/kpis/from-key-result/" + keyResult, member, null)).hasStatus(403);
		assertThat(Pages.html(pages.get("/key-results/" + keyResult + "/kpi", member)).select("button")).isEmpty();
		assertThat(api.post("/api/v1/kpis/from-key-result/" + hiddenKeyResult, stranger, null)).hasStatus(404);
		assertThat(pages.get("/key-results/" + hiddenKeyResult + "/kpi", stranger)).hasStatus(404);
		assertThat(kpis.fromKeyResult(keyResult)).isEmpty();
	}

	@Test
	void theObjectivePageOffersTheHandOverUnderEachKeyResultToThoseAllowed() {
		long keyResult = achievedKeyResult();

		var page = Pages.html(pages.get("/objectives/" + objective, lead));
		var offered = Pages.html(pages.get("/key-results/" + keyResult + "/kpi", lead));
		var handedOver = pages.post("/key-results/" + keyResult + "/kpi", lead, Map.of("idempotencyKey", "kr-" + keyResult));

		assertThat(page.select("#kr-" + keyResult + "-kpi").attr("hx-get")).isEqualTo("/key-results/" + keyResult + "/kpi");
		assertThat(offered.select("button").text()).isEqualTo("Maintain as a KPI");
		assertThat(handedOver).hasStatusOk();
		assertThat(Pages.html(handedOver).select(".provenance a").text()).startsWith("Maintained as KPI ");
		var refused = pages.post("/key-results/" + keyResult + "/kpi", lead, Map.of("idempotencyKey", "again-" + keyResult));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select(".notice.error").text()).startsWith("The key result is already maintained as KPI");
	}

	@Test
	void theHandOverAndTheFragmentIssueTheSameNumberOfStatementsWhateverTheLengthOfTheHistory() {
		long shortHistory = keyResultWithHistory(2);
		long longHistory = keyResultWithHistory(7);
		pages.get("/key-results/" + shortHistory + "/kpi", lead); // the first request of a reader warms what is cached

		int[] small = countedHandOver(shortHistory);
		int[] large = countedHandOver(longHistory);

		assertThat(large).containsExactly(small);
	}

	private int[] countedHandOver(long keyResult) {
		statements.reset();
		assertThat(pages.get("/key-results/" + keyResult + "/kpi", lead)).hasStatusOk();
		int before = statements.count();
		statements.reset();
		assertThat(api.post("/api/v1/kpis/from-key-result/" + keyResult, lead, null)).hasStatus(201);
		int handOver = statements.count();
		statements.reset();
		assertThat(pages.get("/key-results/" + keyResult + "/kpi", lead)).hasStatusOk();
		return new int[] { before, handOver, statements.count() };
	}

	/** A key result of its own objective (the cap), checked in once a day, reaching its target on the last day. */
	private long keyResultWithHistory(int days) {
		long own = api.newTeamObjective(lead, api.newCycle("ACTIVE"), team, Api.unique("History"));
		long keyResult = api.newKeyResult(lead, own, "INCREASE", 0, 10);
		for (int day = days; day >= 1; day--) {
			checkIn(keyResult, day, 10, day == 1 ? "10" : String.valueOf(10 - day));
		}
		return keyResult;
	}

	private long achievedKeyResult() {
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		checkIn(keyResult, 2, 10, "8");
		checkIn(keyResult, 1, 10, "11");
		return keyResult;
	}

	private void checkIn(long keyResult, int daysAgo, int hour, String value) {
		Instant at = TODAY.minusDays(daysAgo).atTime(hour, 0).toInstant(ZoneOffset.UTC);
		checkIns.recordHistorical(new Caller(lead.personId(), "", false, Locale.ENGLISH, Set.of(team)), keyResult,
				new NewCheckIn(new BigDecimal(value), null, 7, null), at);
	}
}
