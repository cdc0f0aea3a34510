package dev.lodestar.health;

import java.time.LocalDate;
import java.util.List;

/** The signals read from the team's meetings: who proposes in co-creation, and whether the weekly review is held. */
final class MeetingSignals {

	private MeetingSignals() {
	}

	static List<SignalResult> of(TeamFacts facts) {
		TeamFacts.Meetings meetings = facts.meetings();
		List<Evidence> byLeads = meetings.proposals().stream()
			.filter(proposal -> meetings.leads().contains(proposal.proposedBy()))
			.map(proposal -> new Evidence(EvidenceKind.PROPOSAL, proposal.itemId()))
			.toList();
		int proposals = meetings.proposals().size();
		List<LocalDate> weeks = facts.window().endedWeeks();
		int held = (int) weeks.stream().filter(meetings.reviewWeeks()::contains).count();
		// A team without objectives has nothing to review: its weeks are not judged.
		int judged = facts.okrs().objectives().isEmpty() ? 0 : weeks.size();
		return List.of(SignalResult.share(HealthSignal.BOTTOM_UP_PROPOSALS, proposals - byLeads.size(), proposals, byLeads),
				SignalResult.share(HealthSignal.WEEKLY_REVIEWS_HELD, held, judged, List.of()));
	}
}
