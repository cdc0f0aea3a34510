package dev.lodestar.objectives.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.CommentThread;
import dev.lodestar.objectives.ObjectiveComments;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Builds the objective page for a reader in a fixed number of queries, whatever it shows: every person named on
 * it (owner, viewers, key result owners, comment authors) is looked up in one go.
 */
@Component
class ObjectivePages {

	/** How many of the latest comments the page shows; earlier ones come on request. */
	static final int THREAD_LENGTH = 20;

	private final CycleManagement cycles;

	private final ObjectiveComments comments;

	private final KeyResultChecks keyResultChecks;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final ObjectiveCards cards;

	ObjectivePages(CycleManagement cycles, ObjectiveComments comments, KeyResultChecks keyResultChecks,
			PeopleManagement people, TeamManagement teams, ObjectiveCards cards) {
		this.cycles = cycles;
		this.comments = comments;
		this.keyResultChecks = keyResultChecks;
		this.people = people;
		this.teams = teams;
		this.cards = cards;
	}

	ObjectivePage pageOf(Shell shell, ObjectiveView view) {
		var objective = view.objective();
		Owner owner = objective.owner();
		Cycle cycle = cycles.find(objective.cycleId()).orElseThrow();
		CommentThread thread = comments.thread(shell.caller(), objective.id(), null, THREAD_LENGTH);
		Set<Long> personIds = new HashSet<>(objective.viewerIds());
		if (!owner.isTeam()) {
			personIds.add(owner.personId());
		}
		view.keyResults().forEach(keyResult -> personIds.add(keyResult.keyResult().ownerPersonId()));
		thread.comments().forEach(comment -> personIds.add(comment.authorId()));
		Map<Long, String> names = people.namesOf(personIds);
		OwnerLink ownerLink = owner.isTeam()
				? new OwnerLink(teams.namesOf(List.of(owner.teamId())).get(owner.teamId()), "/teams/" + owner.teamId())
				: new OwnerLink(names.get(owner.personId()), "/people/" + owner.personId());
		List<String> viewerNames = objective.viewerIds().stream().map(names::get).filter(Objects::nonNull).sorted().toList();
		List<KeyResultRow> rows = cards.rows(shell, view.keyResults(), owner, names, cycle.state().isOpen());
		boolean mayChange = objective.mayBeChangedBy(shell.caller()) && cycle.state().isOpen();
		var section = new CommentsSection(objective.id(), CommentLine.of(thread.comments(), names),
				thread.earlierExist() ? thread.oldestId() : null, CommentForm.empty(), FormErrors.none());
		return new ObjectivePage(shell, view, cycle, ownerLink, viewerNames, rows, mayChange,
				mayChange ? keyResultChecks.capNotice(shell, view) : List.of(), section, List.of());
	}
}
