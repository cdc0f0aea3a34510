package dev.lodestar.health;

import java.math.BigDecimal;
import java.util.List;

import dev.lodestar.alignment.ContributionState;
import dev.lodestar.objectives.ObjectiveFact;

/** The signals of alignment: up (what the team's objectives support), down (what supports them) and sideways. */
final class AlignmentSignals {

	private AlignmentSignals() {
	}

	static List<SignalResult> of(TeamFacts facts) {
		List<ObjectiveFact> objectives = facts.okrs().objectives();
		List<Evidence> notAligned = objectives.stream()
			.filter(objective -> !facts.alignment().alignedUp().contains(objective.id()))
			.map(objective -> new Evidence(EvidenceKind.OBJECTIVE, objective.id()))
			.toList();
		List<Evidence> agreed = facts.alignment().contributions().stream()
			.filter(request -> request.state() == ContributionState.ACCEPTED)
			.map(request -> new Evidence(EvidenceKind.REQUEST, request.id()))
			.toList();
		List<ObjectiveFact> teamOwn = objectives.stream()
			.filter(objective -> objective.owner().isTeam() && objective.owner().teamId() == facts.teamId())
			.toList();
		List<Evidence> unsupported = teamOwn.stream()
			.filter(objective -> !facts.alignment().supported().contains(objective.id()))
			.map(objective -> new Evidence(EvidenceKind.OBJECTIVE, objective.id()))
			.toList();
		return List.of(
				SignalResult.share(HealthSignal.ALIGNED_UPWARD, objectives.size() - notAligned.size(), objectives.size(),
						notAligned),
				objectives.isEmpty() ? SignalResult.notMeasured(HealthSignal.HORIZONTAL_LINKS)
						: SignalResult.of(HealthSignal.HORIZONTAL_LINKS, BigDecimal.valueOf(agreed.size()), agreed),
				facts.hasSubTeams() ? SignalResult.share(HealthSignal.UNSUPPORTED_OBJECTIVES, unsupported, teamOwn.size())
						: SignalResult.notMeasured(HealthSignal.UNSUPPORTED_OBJECTIVES));
	}
}
