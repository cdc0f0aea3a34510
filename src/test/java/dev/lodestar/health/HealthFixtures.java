package dev.lodestar.health;

import java.util.List;
import java.util.Map;

import dev.lodestar.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team whose OKRs show the fold's signals, built through the API: a lead and two members; the lead's team objective
 * with two key results, one worded as an activity; a team objective an admin set for the team, with numbers in the
 * title and one key result; the member's private objective without key results; and the teammate, who owns nothing.
 */
final class HealthFixtures {

	record Team(Api.Session lead, Api.Session member, Api.Session teammate, Api.Session outsider, long teamId,
			long cycleId, long ownObjective, long setObjective, long privateObjective, long activityKeyResult) {
	}

	private final Api api;

	HealthFixtures(Api api) {
		this.api = api;
	}

	Team team() {
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		var teammate = api.newPerson("Teammate");
		var outsider = api.newPerson("Outsider");
		long team = api.newTeam("Healthy team", null, List.of(lead.personId()),
				List.of(member.personId(), teammate.personId()));
		long cycle = api.newCycle("ACTIVE");
		long own = api.newTeamObjective(lead, cycle, team, "Delight every new customer");
		api.newKeyResult(lead, own, "INCREASE", 0, 10);
		long activity = keyResult(lead, own, "Hold three customer workshops");
		long set = api.newTeamObjective(api.admin(), cycle, team, "Grow revenue by 30%");
		api.newKeyResult(lead, set, "INCREASE", 0, 10);
		var created = api.post("/api/v1/objectives", member, Map.of("cycleId", cycle, "ownerPersonId", member.personId(),
				"title", "Learn the pricing model", "visibility", "PRIVATE"));
		assertThat(created).hasStatus(201);
		return new Team(lead, member, teammate, outsider, team, cycle, own, set, Api.id(created), activity);
	}

	long keyResult(Api.Session as, long objective, String title) {
		var created = api.post("/api/v1/objectives/" + objective + "/key-results", as, Map.of("title", title, "kind",
				"MILESTONE", "ownerPersonId", as.personId()));
		assertThat(created).hasStatus(201);
		return Api.id(created);
	}
}
