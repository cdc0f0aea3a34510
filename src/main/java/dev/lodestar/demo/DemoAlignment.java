package dev.lodestar.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.alignment.AlignmentManagement;
import dev.lodestar.alignment.ContributionAction;
import dev.lodestar.alignment.ContributionAnswer;
import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.ContributionType;
import dev.lodestar.alignment.NewAlignmentLink;
import dev.lodestar.alignment.NewContributionRequest;
import dev.lodestar.alignment.Proposal;
import dev.lodestar.demo.DemoQuarter.SetObjective;
import dev.lodestar.demo.DemoRoster.DemoTeam;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.platform.security.Caller;

/**
 * Aligns the demo quarter as its teams would in their co-creation meetings: each team's objectives support its
 * department's (through one of their key results), people's objectives support a team of theirs, and three
 * contribution requests between teams are under way — one waiting for an answer, one countered, one agreed.
 */
@Component
class DemoAlignment {

	private final AlignmentManagement alignment;

	private final ContributionManagement contributions;

	DemoAlignment(AlignmentManagement alignment, ContributionManagement contributions) {
		this.alignment = alignment;
		this.contributions = contributions;
	}

	void align(DemoCast cast, Map<String, List<SetObjective>> byOwner) {
		for (DemoTeam team : DemoRoster.TEAMS) {
			List<SetObjective> own = byOwner.getOrDefault(team.key(), List.of());
			List<SetObjective> department = byOwner.getOrDefault(team.parentKey(), List.of());
			for (int i = 0; i < own.size() && !department.isEmpty(); i++) {
				SetObjective parent = department.get(i % department.size());
				Long through = parent.keyResultIds().isEmpty() ? null : parent.keyResultIds().get(i % parent.keyResultIds().size());
				alignment.link(lead(cast, team.key()), own.get(i).objectiveId(),
						new NewAlignmentLink(parent.objectiveId(), through, i == 0));
			}
		}
		for (var owner : byOwner.entrySet()) {
			if (cast.teamIds().containsKey(owner.getKey())) {
				continue;
			}
			String teamKey = firstTeamOf(cast, owner.getKey());
			List<SetObjective> teamObjectives = teamKey == null ? List.of() : byOwner.getOrDefault(teamKey, List.of());
			if (teamObjectives.isEmpty()) {
				continue;
			}
			for (SetObjective personal : owner.getValue()) {
				alignment.link(cast.caller(owner.getKey()), personal.objectiveId(),
						new NewAlignmentLink(teamObjectives.get(0).objectiveId(), null, false));
			}
		}
		askForContributions(cast, byOwner);
	}

	private void askForContributions(DemoCast cast, Map<String, List<SetObjective>> byOwner) {
		contributions.ask(lead(cast, "mobile"), new NewContributionRequest(firstKeyResult(byOwner, "mobile"),
				cast.teamId("platform"), objective("Make every screen of the app feel instant",
						"Our check-in target needs API answers under 100 ms on mobile networks.")));
		var countered = contributions.ask(lead(cast, "sales"), new NewContributionRequest(firstKeyResult(byOwner, "sales"),
				cast.teamId("content"), keyResult("客户案例文章", byOwner.get("content").get(0).objectiveId(), 6)));
		contributions.answer(lead(cast, "content"), countered.id(), ContributionAction.COUNTERED,
				new ContributionAnswer(countered.version(),
						keyResult("客户案例文章", byOwner.get("content").get(0).objectiveId(), 4), "本季度人手有限，四篇更现实"));
		var agreed = contributions.ask(lead(cast, "service"), new NewContributionRequest(firstKeyResult(byOwner, "service"),
				cast.teamId("data"), objective("Give support one view of every customer's story",
						"Agents lose minutes per call looking across four tools.")));
		contributions.answer(lead(cast, "data"), agreed.id(), ContributionAction.ACCEPTED,
				new ContributionAnswer(agreed.version(), null, null));
	}

	private static Proposal objective(String title, String description) {
		return new Proposal(ContributionType.OBJECTIVE, title, description, null, null, null, null, null, null);
	}

	private static Proposal keyResult(String title, long intoObjectiveId, int target) {
		return new Proposal(ContributionType.KEY_RESULT, title, null, intoObjectiveId, KeyResultKind.INCREASE,
				BigDecimal.ZERO, BigDecimal.valueOf(target), "篇", null);
	}

	private static long firstKeyResult(Map<String, List<SetObjective>> byOwner, String teamKey) {
		return byOwner.get(teamKey).get(0).keyResultIds().get(0);
	}

	/** The team's lead: leads come first in a roster. */
	private static Caller lead(DemoCast cast, String teamKey) {
		return cast.caller(cast.roster(teamKey).get(0));
	}

	private static String firstTeamOf(DemoCast cast, String personKey) {
		return DemoRoster.TEAMS.stream()
			.map(DemoTeam::key)
			.filter(key -> cast.roster(key).contains(personKey))
			.findFirst()
			.orElse(null);
	}
}
