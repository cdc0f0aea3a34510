package dev.lodestar.alignment.web;

import dev.lodestar.alignment.Proposal;

/**
 * A proposal as the request page shows it, with the title of the objective a key result would join when the
 * reader may see that objective (else none: a private objective is not described).
 */
public record ProposalLine(Proposal proposal, String joinsTitle) {

	public boolean isKeyResult() {
		return proposal.type() == dev.lodestar.alignment.ContributionType.KEY_RESULT;
	}

	public boolean hasDescription() {
		return proposal.description() != null && !proposal.description().isBlank();
	}
}
