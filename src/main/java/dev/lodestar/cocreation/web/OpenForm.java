package dev.lodestar.cocreation.web;

import java.util.List;

import dev.lodestar.cocreation.NewSession;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.web.FormNumbers;

/** The form that opens a session, as typed. */
public record OpenForm(String cycleId, String votesPerParticipant, List<String> inviteeIds) {

	static OpenForm blank(Long cycleId) {
		return new OpenForm(cycleId == null ? "" : String.valueOf(cycleId), "3", List.of());
	}

	public boolean invites(long personId) {
		return inviteeIds != null && inviteeIds.contains(String.valueOf(personId));
	}

	NewSession toCommand() {
		Integer votes = FormNumbers.whole(votesPerParticipant);
		if (votes == null && votesPerParticipant != null && !votesPerParticipant.isBlank()) {
			throw InvalidInputException.of("votesPerParticipant", "validation.must-be-number");
		}
		return new NewSession(FormText.id(cycleId), votes,
				inviteeIds == null ? List.of() : inviteeIds.stream().map(FormText::id).toList());
	}
}
