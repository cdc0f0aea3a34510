package dev.lodestar.health;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lodestar.alignment.ContributionState;
import dev.lodestar.objectives.CapRefusal;
import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.objectives.WordingHints;

/**
 * The signals read from a team's objectives and key results themselves: form, autonomy and transparency. The
 * wording rules are the objectives module's own ({@link WordingHints}), so health and the forms' hints never disagree.
 */
final class ObjectiveSignals {

	private ObjectiveSignals() {
	}

	static List<SignalResult> of(TeamFacts facts) {
		List<ObjectiveFact> objectives = facts.okrs().objectives();
		List<KeyResultFact> keyResults = facts.okrs().keyResults();
		Map<Long, Integer> keyResultsPerObjective = new HashMap<>();
		keyResults.forEach(keyResult -> keyResultsPerObjective.merge(keyResult.objectiveId(), 1, Integer::sum));

		List<Evidence> numbers = new ArrayList<>();
		List<Evidence> thin = new ArrayList<>();
		List<Evidence> setForOthers = new ArrayList<>();
		List<Evidence> privateOnes = new ArrayList<>();
		Set<Long> publicObjectives = new HashSet<>();
		Set<Long> withVisibleOkrs = new HashSet<>();
		for (ObjectiveFact objective : objectives) {
			Evidence evidence = new Evidence(EvidenceKind.OBJECTIVE, objective.id());
			if (WordingHints.forObjectiveTitle(objective.title()).contains(Hint.NUMBERS_IN_OBJECTIVE)) {
				numbers.add(evidence);
			}
			if (keyResultsPerObjective.getOrDefault(objective.id(), 0) < 2) {
				thin.add(evidence);
			}
			if (!writtenByItsOwners(objective, facts)) {
				setForOthers.add(evidence);
			}
			if (objective.visibility() == Visibility.PRIVATE) {
				privateOnes.add(evidence);
			}
			else {
				publicObjectives.add(objective.id());
				if (objective.owner().personId() != null) {
					withVisibleOkrs.add(objective.owner().personId());
				}
			}
		}
		List<Evidence> activities = new ArrayList<>();
		for (KeyResultFact keyResult : keyResults) {
			if (WordingHints.forKeyResultTitle(keyResult.title()).contains(Hint.ACTIVITY_WORDING)) {
				activities.add(new Evidence(EvidenceKind.KEY_RESULT, keyResult.id()));
			}
			if (publicObjectives.contains(keyResult.objectiveId())) {
				withVisibleOkrs.add(keyResult.ownerPersonId());
			}
		}
		List<Evidence> notCoCreated = objectives.stream()
			.filter(objective -> !setTogether(objective, facts))
			.map(objective -> new Evidence(EvidenceKind.OBJECTIVE, objective.id()))
			.toList();
		List<Evidence> withoutVisibleOkrs = facts.people().stream()
			.sorted()
			.filter(person -> !withVisibleOkrs.contains(person))
			.map(person -> new Evidence(EvidenceKind.PERSON, person))
			.toList();
		return List.of(SignalResult.share(HealthSignal.NUMBERS_IN_OBJECTIVES, numbers, objectives.size()),
				SignalResult.share(HealthSignal.ACTIVITY_KEY_RESULTS, activities, keyResults.size()),
				SignalResult.share(HealthSignal.THIN_OBJECTIVES, thin, objectives.size()),
				refusalsOf(facts),
				SignalResult.share(HealthSignal.SET_FOR_OTHERS, setForOthers, objectives.size()),
				SignalResult.share(HealthSignal.CO_CREATED, objectives.size() - notCoCreated.size(), objectives.size(),
						notCoCreated),
				SignalResult.share(HealthSignal.PRIVATE_OBJECTIVES, privateOnes, objectives.size()),
				SignalResult.share(HealthSignal.MEMBERS_WITHOUT_VISIBLE_OKRS, withoutVisibleOkrs, facts.people().size()));
	}

	/**
	 * How many attempts the caps refused: a further objective is shown by who tried, a further key result by its
	 * objective. Not measured for a team with neither objectives nor attempts — nothing was tried.
	 */
	private static SignalResult refusalsOf(TeamFacts facts) {
		if (facts.refusals().isEmpty() && facts.okrs().objectives().isEmpty()) {
			return SignalResult.notMeasured(HealthSignal.CAP_REFUSALS);
		}
		List<Evidence> attempts = facts.refusals().stream()
			.map(refusal -> refusal.kind() == CapRefusal.Kind.KEY_RESULT && refusal.objectiveId() != null
					? new Evidence(EvidenceKind.OBJECTIVE, refusal.objectiveId())
					: new Evidence(EvidenceKind.PERSON, refusal.refusedBy()))
			.toList();
		return SignalResult.of(HealthSignal.CAP_REFUSALS, BigDecimal.valueOf(attempts.size()), attempts);
	}

	/** Out of a co-creation session, or put into the team's OKRs by a contribution request it accepted. */
	private static boolean setTogether(ObjectiveFact objective, TeamFacts facts) {
		return facts.coCreated().contains(objective.id()) || facts.alignment().contributions().stream()
			.anyMatch(request -> request.state() == ContributionState.ACCEPTED && Long.valueOf(objective.id())
				.equals(request.intoObjectiveId()));
	}

	/**
	 * A team's objective is its own when one of its people wrote it (a draft a co-creation session or an accepted
	 * request put there was written by its people too); a person's when they wrote it themselves.
	 */
	private static boolean writtenByItsOwners(ObjectiveFact objective, TeamFacts facts) {
		return objective.owner().isTeam() ? facts.people().contains(objective.createdBy())
				: objective.owner().personId() == objective.createdBy();
	}
}
