package dev.lodestar.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class TeamsApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void buildsATreeWithLeadsAndMembersAndAPersonInSeveralTeams() {
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		long department = api.newTeam("Engineering", null, List.of(lead.personId()), List.of());
		long team = api.newTeam("Platform", department, List.of(lead.personId()), List.of(member.personId()));

		var shown = api.get("/api/v1/teams/" + team, member);

		assertThat(shown).hasStatusOk().bodyJson().extractingPath("$.parentId").isEqualTo((int) department);
		assertThat(shown).bodyJson().extractingPath("$.leadIds").asArray().containsExactly((int) lead.personId());
		assertThat(shown).bodyJson().extractingPath("$.memberIds").asArray().containsExactly((int) member.personId());
		assertThat(api.get("/api/v1/teams?parentId=" + department, member)).bodyJson()
			.extractingPath("$.items[*].id").asArray().containsExactly((int) team);
	}

	@Test
	void countsSomeoneNamedBothLeadAndMemberAsLead() {
		var person = api.newPerson("Both");

		long team = api.newTeam("Twice", null, List.of(person.personId()), List.of(person.personId()));

		var shown = api.get("/api/v1/teams/" + team, person);
		assertThat(shown).bodyJson().extractingPath("$.leadIds").asArray().containsExactly((int) person.personId());
		assertThat(shown).bodyJson().extractingPath("$.memberIds").asArray().isEmpty();
	}

	@Test
	void refusesToMakeATeamItsOwnAncestor() {
		long top = api.newTeam("Top", null, List.of(), List.of());
		long middle = api.newTeam("Middle", top, List.of(), List.of());
		long bottom = api.newTeam("Bottom", middle, List.of(), List.of());

		var loop = api.put("/api/v1/teams/" + top, api.admin(),
				Map.of("name", "Top", "parentId", bottom, "leadIds", List.of(), "memberIds", List.of(), "version", 0));

		assertThat(loop).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("parentId");
		assertThat(api.get("/api/v1/teams/" + top, api.admin())).bodyJson().extractingPath("$.parentId").isNull();
	}

	@Test
	void refusesUnknownPeopleAndChangesNothing() {
		var refused = api.post("/api/v1/teams", api.admin(),
				Map.of("name", Api.unique("Ghosts"), "leadIds", List.of(987654321L), "memberIds", List.of()));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("leadIds[0]");
	}

	@Test
	void movesATeamAndReplacesItsMembers() {
		var newcomer = api.newPerson("Newcomer");
		long from = api.newTeam("From", null, List.of(), List.of());
		long to = api.newTeam("To", null, List.of(), List.of());
		long team = api.newTeam("Moving", from, List.of(), List.of());

		var moved = api.put("/api/v1/teams/" + team, api.admin(), Map.of("name", "Moved", "parentId", to,
				"leadIds", List.of(newcomer.personId()), "memberIds", List.of(), "version", 0));

		assertThat(moved).hasStatusOk().bodyJson().extractingPath("$.parentId").isEqualTo((int) to);
		assertThat(moved).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(api.get("/api/v1/teams/" + team, newcomer)).bodyJson().extractingPath("$.leadIds[0]")
			.isEqualTo((int) newcomer.personId());
	}
}
