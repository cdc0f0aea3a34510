package dev.lodestar.alignment.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.alignment.AlignedObjective;
import dev.lodestar.alignment.AlignmentManagement;
import dev.lodestar.alignment.ObjectiveAlignment;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Builds the alignment section and the parent choices for a reader in a constant number of queries, however many
 * links and choices: every owner named is looked up in one go.
 */
@Component
class AlignmentSections {

	/** How many objectives the search offers at a time; typing more narrows them. */
	static final int OPTION_LIMIT = 20;

	private final AlignmentManagement alignment;

	private final ObjectiveManagement objectives;

	private final CycleManagement cycles;

	private final PeopleManagement people;

	private final TeamManagement teams;

	AlignmentSections(AlignmentManagement alignment, ObjectiveManagement objectives, CycleManagement cycles,
			PeopleManagement people, TeamManagement teams) {
		this.alignment = alignment;
		this.objectives = objectives;
		this.cycles = cycles;
		this.people = people;
		this.teams = teams;
	}

	AlignmentSection sectionOf(Shell shell, long objectiveId) {
		return sectionOf(shell, objectiveId, AlignmentForm.empty(), FormErrors.none(), List.of(), false);
	}

	/** The section with a refused or kept form; {@code withOptions} shows the choices for its text again. */
	AlignmentSection sectionOf(Shell shell, long objectiveId, AlignmentForm form, FormErrors errors, List<String> notices,
			boolean withOptions) {
		Objective objective = visible(shell, objectiveId).objective();
		ObjectiveAlignment found = alignment.of(shell.caller(), objectiveId);
		Set<Owner> owners = new HashSet<>();
		found.supports().forEach(aligned -> owners.add(aligned.objective().owner()));
		found.supportedBy().forEach(aligned -> owners.add(aligned.objective().owner()));
		Function<Owner, String> names = namesOf(owners);
		boolean ownerOfThis = objective.mayBeChangedBy(shell.caller());
		boolean mayLink = ownerOfThis && !cycles.openAmong(List.of(objective.cycleId())).isEmpty();
		List<AlignmentLine> supports = found.supports().stream().map(aligned -> line(shell, aligned, names, ownerOfThis)).toList();
		List<AlignmentLine> supportedBy = found.supportedBy().stream()
			.map(aligned -> line(shell, aligned, names, ownerOfThis))
			.toList();
		ParentOptions options = mayLink && withOptions ? optionsOf(shell, objective, form) : null;
		return new AlignmentSection(shell, objectiveId, supports, supportedBy, found.rolledUpProgress(), found.rolledUpCount(),
				mayLink, form, errors, notices, options);
	}

	/** The choices for the text typed: one query for the cycles, one for the objectives, and their names. */
	ParentOptions optionsOf(Shell shell, long objectiveId, AlignmentForm form) {
		return optionsOf(shell, visible(shell, objectiveId).objective(), form);
	}

	private ParentOptions optionsOf(Shell shell, Objective child, AlignmentForm form) {
		Cycle cycle = cycles.find(child.cycleId()).orElseThrow();
		Map<Long, String> cycleNames = cycles.containing(cycle).stream().collect(Collectors.toMap(Cycle::id, Cycle::name));
		List<ObjectiveView> found = objectives.matchingInCycles(shell.caller(), cycleNames.keySet(), form.q(), child.id(),
				OPTION_LIMIT);
		Function<Owner, String> names = namesOf(found.stream().map(view -> view.objective().owner()).collect(Collectors.toSet()));
		List<ParentOption> options = found.stream().map(view -> {
			Objective objective = view.objective();
			List<ParentOption.Choice> keyResults = view.keyResults().stream()
				.map(keyResult -> new ParentOption.Choice(keyResult.keyResult().id(), keyResult.keyResult().title()))
				.toList();
			return new ParentOption(objective.id(), objective.title(), names.apply(objective.owner()),
					cycleNames.get(objective.cycleId()), objective.draft(), keyResults);
		}).toList();
		return new ParentOptions(shell, child.id(), options, form);
	}

	private ObjectiveView visible(Shell shell, long objectiveId) {
		return objectives.find(shell.caller(), objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
	}

	/** The owners of the links' far ends may change a link as much as this objective's owners. */
	private static AlignmentLine line(Shell shell, AlignedObjective aligned, Function<Owner, String> names, boolean ownerOfThis) {
		var other = aligned.objective();
		var link = aligned.link();
		return new AlignmentLine(link.id(), link.version(), link.rollUp(), other.id(), other.title(), names.apply(other.owner()),
				other.draft(), aligned.keyResultTitle(), other.progress(), ownerOfThis || other.owner().includes(shell.caller()));
	}

	/** Every owner's name in two queries: one for people, one for teams. */
	private Function<Owner, String> namesOf(Set<Owner> owners) {
		Set<Long> personIds = owners.stream().filter(owner -> !owner.isTeam()).map(Owner::personId).collect(Collectors.toSet());
		Set<Long> teamIds = owners.stream().filter(Owner::isTeam).map(Owner::teamId).collect(Collectors.toSet());
		Map<Long, String> personNames = personIds.isEmpty() ? Map.of() : people.namesOf(personIds);
		Map<Long, String> teamNames = teamIds.isEmpty() ? Map.of() : teams.namesOf(teamIds);
		return owner -> owner.isTeam() ? teamNames.get(owner.teamId()) : personNames.get(owner.personId());
	}
}
