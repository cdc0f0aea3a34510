package dev.lodestar.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lodestar.alignment.AlignmentFacts;
import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.cocreation.ProposalFact;
import dev.lodestar.objectives.CapRefusal;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.scoring.FinalScoreRange;

/**
 * What a team's signals are folded from: its people (leads and members); the cycle's objectives owned by the team or
 * one of its people, with their key results, and the attempts the caps refused them; how they are aligned; the
 * check-ins of those key results; which of the objectives came out of a co-creation session; whether the team has
 * sub-teams; and the cycle's window.
 */
record TeamFacts(long teamId, Set<Long> people, ObjectiveFacts.Facts okrs, List<CapRefusal> refusals,
		AlignmentFacts.Facts alignment,
		List<CheckInFacts.Point> checkIns, Set<Long> coCreated, boolean hasSubTeams, CycleWindow window,
		Ambition ambition, Meetings meetings) {

	/**
	 * What ambition is read from: the range of each final score, and the team's key results of the cycles of the same
	 * rhythm before this one (the latest first) with each one's last checked-in value.
	 */
	record Ambition(Map<Long, FinalScoreRange> finalRanges, List<ObjectiveFacts.Facts> earlier,
			Map<Long, BigDecimal> earlierResults) {

		Ambition {
			finalRanges = Map.copyOf(finalRanges);
			earlier = List.copyOf(earlier);
			earlierResults = Map.copyOf(earlierResults);
		}

		static Ambition none() {
			return new Ambition(Map.of(), List.of(), Map.of());
		}
	}

	/** The team's meetings: who proposed what in its co-creation sessions, and the weeks it held its review. */
	record Meetings(Set<Long> leads, List<ProposalFact> proposals, Set<LocalDate> reviewWeeks) {

		Meetings {
			leads = Set.copyOf(leads);
			proposals = List.copyOf(proposals);
			reviewWeeks = Set.copyOf(reviewWeeks);
		}

		static Meetings none() {
			return new Meetings(Set.of(), List.of(), Set.of());
		}
	}

	TeamFacts {
		people = Set.copyOf(people);
		refusals = List.copyOf(refusals);
		checkIns = List.copyOf(checkIns);
		coCreated = Set.copyOf(coCreated);
	}
}
