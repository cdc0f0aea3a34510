package dev.lodestar.cocreation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.alignment.AlignmentManagement;
import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.ContributionType;
import dev.lodestar.alignment.NewAlignmentLink;
import dev.lodestar.alignment.NewContributionRequest;
import dev.lodestar.alignment.Proposal;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.people.Team;
import dev.lodestar.platform.security.Caller;

/**
 * What finishing a session makes real: each adopted objective becomes a public draft objective of the team (most
 * dots first), with its adopted key results as drafts, its adopted links up, and the requests its adopted key
 * results make to other teams — through the objectives' and alignment's own entry points, so their rules hold.
 * A key result's owner is whoever proposed it when they are on the team, else the facilitator who finishes.
 */
@Component
class SessionOutcomes {

	private final ItemRepository items;

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final AlignmentManagement alignment;

	private final ContributionManagement contributions;

	SessionOutcomes(ItemRepository items, ObjectiveManagement objectives, KeyResultManagement keyResults,
			AlignmentManagement alignment, ContributionManagement contributions) {
		this.items = items;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.alignment = alignment;
		this.contributions = contributions;
	}

	/** Makes the adopted items real and records what each became; the new objectives' ids, in order. */
	List<Long> realise(Caller actor, CoCreationSession session, Team team, List<SessionItem> all,
			List<ItemRepository.Mark> votes) {
		Map<Long, SessionItem> byId = all.stream().collect(Collectors.toMap(SessionItem::id, Function.identity()));
		List<SessionItem> carried = all.stream().filter(item -> AdoptionRules.carried(item, byId)).toList();
		Map<Long, Integer> dots = votes.stream()
			.collect(Collectors.groupingBy(ItemRepository.Mark::itemId, Collectors.summingInt(ItemRepository.Mark::count)));
		Set<Long> onTeam = new HashSet<>(team.leadIds());
		onTeam.addAll(team.memberIds());
		Map<Long, Long> outcome = new HashMap<>();
		List<Long> objectiveIds = new ArrayList<>();
		carried.stream()
			.filter(item -> item.kind() == ItemKind.OBJECTIVE)
			.sorted(Comparator.comparing((SessionItem item) -> -dots.getOrDefault(item.id(), 0)).thenComparing(SessionItem::id))
			.forEach(item -> {
				long id = objectives.createDraft(actor, new NewObjective(session.cycleId(), item.text(),
						item.description(), team.id(), null, Visibility.PUBLIC, List.of())).objective().id();
				outcome.put(item.id(), id);
				objectiveIds.add(id);
			});
		carried.stream().filter(item -> item.kind() == ItemKind.KEY_RESULT).forEach(item -> {
			long owner = onTeam.contains(item.proposedBy()) ? item.proposedBy() : actor.personId();
			outcome.put(item.id(), keyResults.addDraft(actor, outcome.get(item.parentItemId()), new NewKeyResult(item.text(),
					item.keyResultKind(), item.start(), item.target(), item.unit(), owner)).keyResult().id());
		});
		for (SessionItem item : carried) {
			Long parent = outcome.get(item.parentItemId());
			switch (item.kind()) {
				case LINK -> outcome.put(item.id(), alignment.link(actor, parent,
						new NewAlignmentLink(item.alignObjectiveId(), item.alignKeyResultId(), false)).id());
				case REQUEST -> outcome.put(item.id(), contributions.ask(actor, new NewContributionRequest(parent,
						item.askedTeamId(), new Proposal(ContributionType.OBJECTIVE, item.text(), item.description(), null,
								null, null, null, null, null))).id());
				default -> {
				}
			}
		}
		outcome.forEach(items::recordOutcome);
		return objectiveIds;
	}
}
