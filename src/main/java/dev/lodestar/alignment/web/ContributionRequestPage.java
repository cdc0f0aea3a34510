package dev.lodestar.alignment.web;

import java.util.List;

import dev.lodestar.alignment.ContributionAction;
import dev.lodestar.alignment.ContributionRequest;
import dev.lodestar.platform.web.Shell;

/**
 * A contribution request: the two teams, the key result it serves, the proposal as it stands, whose turn it is,
 * the whole conversation, and the steps the reader may take now. After a refused step, {@code refused} names the
 * form its {@code messages} belong to, and {@code form} keeps what was typed.
 */
public record ContributionRequestPage(Shell shell, ContributionRequest request, String askingTeamName,
		String askedTeamName, String servedKeyResultTitle, long servedObjectiveId, String servedObjectiveTitle,
		ProposalLine proposal, List<StepLine> steps, List<ContributionAction> actions, ContributionForm form,
		List<Option> objectives, ContributionAction refused, FormMessages messages, String outcomeTitle) {

	public boolean may(ContributionAction action) {
		return actions.contains(action);
	}

	/** The messages of the refused form, to show next to its fields; the other forms stay quiet. */
	public FormMessages messagesOf(ContributionAction action) {
		return action == refused ? messages : FormMessages.none();
	}

	public String turnTeamName() {
		var turn = request.state().turn();
		return turn == null ? null : turn == dev.lodestar.alignment.ContributionSide.ASKING ? askingTeamName : askedTeamName;
	}
}
