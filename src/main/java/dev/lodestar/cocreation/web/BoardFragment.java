package dev.lodestar.cocreation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.cocreation.BoardItem;
import dev.lodestar.cocreation.CoCreationBoard;
import dev.lodestar.cocreation.ItemKind;
import dev.lodestar.cocreation.NeighbourDraft;
import dev.lodestar.cocreation.SessionItem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** The live part of a session's page: everything that changes while people take part. */
public record BoardFragment(Shell shell, CoCreationBoard board) {

	public long sessionId() {
		return board.session().id();
	}

	public boolean running() {
		return board.session().state().running();
	}

	/** Whether the reader may act on items now: take part in a running session. */
	public boolean acting() {
		return board.participant() && running();
	}

	public ProposalFragment proposal(ItemKind kind, Long parentItemId) {
		return new ProposalFragment(shell, sessionId(), ProposalForm.blank(kind, parentItemId), FormErrors.none(),
				board.supportable(), teams(board));
	}

	public EditFragment edit(SessionItem item) {
		return new EditFragment(shell, sessionId(), item.id(), item.kind(), EditForm.of(item), FormErrors.none(), null);
	}

	public CommentFragment comment(BoardItem item) {
		return new CommentFragment(shell, sessionId(), item.item().id(), CommentForm.blank(), FormErrors.none());
	}

	public DecisionFragment decision(BoardItem item) {
		return new DecisionFragment(shell, sessionId(), item.item().id(), item.item().state(), DecisionForm.of(item.item()),
				FormErrors.none());
	}

	public TimerFragment timer() {
		return new TimerFragment(shell, sessionId(), "", FormErrors.none());
	}

	/** Neighbours' objectives grouped by team, in the board's order. */
	public Map<String, List<NeighbourDraft>> neighboursByTeam() {
		Map<String, List<NeighbourDraft>> byTeam = new LinkedHashMap<>();
		board.neighbours().forEach(draft -> byTeam.computeIfAbsent(draft.teamName(), name -> new java.util.ArrayList<>()).add(draft));
		return byTeam;
	}

	static List<TeamOption> teams(CoCreationBoard board) {
		return board.neighbourTeams().stream().map(team -> new TeamOption(team.teamId(), team.name())).toList();
	}
}
