package dev.lodestar.health;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationHealthApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ApplicationContext application;

	@Test
	void anAdminComputesEveryTeamAndReadsTheHeatMapTheCountsAndTheTrend() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("=Formula team", null, List.of(lead.personId()), List.of());
		// a cycle of 23 days, a length no other test uses, so its trend is this test's alone
		long earlier = api.newCycle("ACTIVE", "2032-01-01", "2032-01-24");
		long cycle = api.newCycle("ACTIVE", "2032-02-01", "2032-02-24");
		api.newTeamObjective(lead, earlier, team, "Delight every new customer");
		api.newTeamObjective(lead, cycle, team, "Grow revenue by 30%");

		assertThat(api.post("/api/v1/health/recompute?cycleId=" + cycle, lead, null)).hasStatus(403);
		assertThat(api.get("/api/v1/health?cycleId=" + cycle, lead)).hasStatus(403);
		var recomputed = api.post("/api/v1/health/recompute?cycleId=" + cycle, api.admin(), null);
		assertThat(recomputed).hasStatusOk();
		int teams = Api.read(recomputed, "$.teams");
		assertThat(teams).isPositive();
		api.post("/api/v1/health/recompute?cycleId=" + earlier, api.admin(), null);

		var health = api.get("/api/v1/health?cycleId=" + cycle + "&size=200", api.admin());

		assertThat(health).hasStatusOk();
		assertThat(Api.<Integer>read(health, "$.computedTeams")).isEqualTo(teams);
		assertThat(Api.<List<String>>read(health, "$.summary[*].signal")).hasSize(HealthSignal.values().length);
		assertThat(Api.<List<Integer>>read(health, "$.summary[?(@.signal == 'NUMBERS_IN_OBJECTIVES')].atRisk").get(0)).isPositive();
		assertThat(Api.<List<Integer>>read(health, "$.trend[*].cycleId")).containsExactly((int) earlier, (int) cycle);
		// the earlier cycle's objective had no numbers in it, this cycle's has
		assertThat(Api.<List<Integer>>read(health, "$.trend[0].signals[?(@.signal == 'NUMBERS_IN_OBJECTIVES')].atRisk"))
			.containsExactly(0);
		assertThat(Api.<List<Integer>>read(health, "$.trend[0].signals[?(@.signal == 'NUMBERS_IN_OBJECTIVES')].healthy"))
			.containsExactly(1);
		List<String> ours = Api.read(health, "$.teams.items[?(@.teamId == " + team + ")].bands.NUMBERS_IN_OBJECTIVES");
		assertThat(ours).containsExactly("AT_RISK");
	}

	@Test
	void theExportWritesEveryTeamsSignalsWithoutNamingEvidenceAndKeepsAFormulaLikeNameAsText() {
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		long team = api.newTeam("=HYPERLINK team", null, List.of(lead.personId()), List.of(member.personId()));
		long cycle = api.newCycle("ACTIVE", "2033-03-01", "2033-03-19");
		api.post("/api/v1/objectives", member, java.util.Map.of("cycleId", cycle, "ownerPersonId", member.personId(),
				"title", "Secret pricing plan", "visibility", "PRIVATE"));
		api.post("/api/v1/health/recompute?cycleId=" + cycle, api.admin(), null);

		var export = api.get("/api/v1/health/export?cycleId=" + cycle, api.admin());

		assertThat(export).hasStatusOk();
		assertThat(export.getResponse().getContentType()).startsWith("text/csv");
		String csv = new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFteam_id,team,family,signal,value,band,evidence\r\n");
		String name = Api.read(api.get("/api/v1/teams/" + team, api.admin()), "$.name");
		assertThat(csv).contains(team + ",'" + name + ",TRANSPARENCY,PRIVATE_OBJECTIVES,1,AT_RISK,1\r\n");
		assertThat(csv).doesNotContain("Secret pricing plan");
		assertThat(api.get("/api/v1/health/export?cycleId=" + cycle, lead)).hasStatus(403);
	}

	@Test
	void theOrganisationIsReadInAConstantNumberOfStatementsHoweverManyTeamsThePageShows() {
		long cycle = api.newCycle("ACTIVE", "2034-04-01", "2034-04-12");
		for (int i = 0; i < 3; i++) {
			api.newTeam("Counted team", null, List.of(), List.of());
		}
		api.post("/api/v1/health/recompute?cycleId=" + cycle, api.admin(), null);

		statements.reset();
		api.get("/api/v1/health?cycleId=" + cycle + "&size=1", api.admin());
		int one = statements.count();
		statements.reset();
		api.get("/api/v1/health?cycleId=" + cycle + "&size=50", api.admin());
		int many = statements.count();

		assertThat(many).isEqualTo(one);
	}

	@Test
	void theCountsOfTeamsByBandStayInStepWithTheTeamsResultsHoweverOftenTheyAreComputed() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Counted team", null, List.of(lead.personId()), List.of());
		// a cycle of 9 days, a length no other test uses
		long cycle = api.newCycle("ACTIVE", "2035-05-01", "2035-05-10");
		long objective = api.newTeamObjective(lead, cycle, team, "Grow revenue by 30%");
		int teams = Api.read(api.post("/api/v1/health/recompute?cycleId=" + cycle, api.admin(), null), "$.teams");
		api.post("/api/v1/health/recompute?cycleId=" + cycle, api.admin(), null);
		var before = api.get("/api/v1/health?cycleId=" + cycle, api.admin());

		var current = api.get("/api/v1/objectives/" + objective, lead);
		assertThat(api.put("/api/v1/objectives/" + objective, lead, java.util.Map.of("title", "Grow revenue boldly",
				"visibility", "PUBLIC", "version", Api.<Integer>read(current, "$.version")))).hasStatusOk();
		api.post("/api/v1/teams/" + team + "/health/recompute?cycleId=" + cycle, lead, null);
		HealthWork.settle(application);
		var after = api.get("/api/v1/health?cycleId=" + cycle, api.admin());

		String numbers = "$.summary[?(@.signal == 'NUMBERS_IN_OBJECTIVES')].";
		assertThat(Api.<List<Integer>>read(after, numbers + "atRisk").get(0))
			.isEqualTo(Api.<List<Integer>>read(before, numbers + "atRisk").get(0) - 1);
		assertThat(Api.<List<Integer>>read(after, numbers + "healthy").get(0))
			.isEqualTo(Api.<List<Integer>>read(before, numbers + "healthy").get(0) + 1);
		for (var read : List.of(before, after)) {
			List<Integer> sums = Api.<List<java.util.Map<String, Object>>>read(read, "$.summary").stream()
				.map(signal -> List.of("healthy", "watch", "atRisk", "notMeasured").stream()
					.mapToInt(band -> ((Number) signal.get(band)).intValue()).sum())
				.toList();
			assertThat(sums).hasSize(HealthSignal.values().length).containsOnly(teams);
		}
	}
}
