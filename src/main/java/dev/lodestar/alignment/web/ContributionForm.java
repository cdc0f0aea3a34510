package dev.lodestar.alignment.web;

import java.math.BigDecimal;
import java.util.UUID;

import dev.lodestar.alignment.ContributionAnswer;
import dev.lodestar.alignment.ContributionType;
import dev.lodestar.alignment.NewContributionRequest;
import dev.lodestar.alignment.Proposal;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.platform.web.FormNumbers;

/**
 * The contribution forms as typed: the ask form (which team asks, in which cycle, for which of its key results,
 * whom) and the answer forms of the request page (the version read, a changed proposal, a reason). A number that
 * is not one reads as absent and is refused as such.
 */
public record ContributionForm(String askingTeam, String cycle, String keyResult, String askedTeam, String type,
		String title, String description, String objective, String kind, String start, String target, String unit,
		String reason, String version, String idempotencyKey) {

	static ContributionForm blank(Long askingTeam, Long cycle, Long keyResult) {
		return new ContributionForm(text(askingTeam), text(cycle), text(keyResult), "", ContributionType.OBJECTIVE.name(),
				"", "", "", "", "", "", "", "", "", UUID.randomUUID().toString());
	}

	/** The answer forms of a request, the counter-proposal prefilled with the proposal as it stands. */
	static ContributionForm answering(Proposal proposal, int version) {
		return new ContributionForm("", "", "", "", proposal.type().name(), proposal.title(),
				proposal.description() == null ? "" : proposal.description(), text(proposal.objectiveId()),
				proposal.kind() == null ? "" : proposal.kind().name(), plain(proposal.start()), plain(proposal.target()),
				proposal.unit() == null ? "" : proposal.unit(), "", String.valueOf(version), "");
	}

	/** The same typing, answered from the version read now. */
	ContributionForm withVersion(int current) {
		return new ContributionForm(askingTeam, cycle, keyResult, askedTeam, type, title, description, objective, kind,
				start, target, unit, reason, String.valueOf(current), idempotencyKey);
	}

	NewContributionRequest toNewRequest() {
		return new NewContributionRequest(whole(keyResult), whole(askedTeam), toProposal());
	}

	ContributionAnswer toAnswer(boolean withProposal) {
		Long read = whole(version);
		return new ContributionAnswer(read == null ? null : read.intValue(), withProposal ? toProposal() : null, reason);
	}

	Proposal toProposal() {
		return new Proposal(typeOrNull(), title == null ? "" : title, description, whole(objective), kindOrNull(),
				FormNumbers.decimal(start), FormNumbers.decimal(target), unit, null);
	}

	public boolean isType(String name) {
		return name.equals(type);
	}

	public boolean isKind(String name) {
		return name.equals(kind);
	}

	static Long whole(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private ContributionType typeOrNull() {
		for (ContributionType candidate : ContributionType.values()) {
			if (candidate.name().equals(type)) {
				return candidate;
			}
		}
		return null;
	}

	private KeyResultKind kindOrNull() {
		for (KeyResultKind candidate : KeyResultKind.values()) {
			if (candidate.name().equals(kind)) {
				return candidate;
			}
		}
		return null;
	}

	private static String text(Long id) {
		return id == null ? "" : id.toString();
	}

	private static String plain(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}
}
