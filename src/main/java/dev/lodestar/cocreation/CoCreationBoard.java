package dev.lodestar.cocreation;

import java.util.List;

/**
 * A session's board as one reader sees it.
 *
 * @param facilitator whether the reader runs the session (a lead of the team, or an admin)
 * @param participant whether the reader may take part (propose, comment, +1, vote)
 * @param votesLeft how many dots the reader may still cast in the voting round
 * @param dotsCast how many dots everyone has cast so far: shown from the start, where they went only after the reveal
 * @param existingObjectives the team's objectives of the cycle made outside this session, which count against the cap
 * @param supportable the parent teams' objectives and key results this team could support (two levels up)
 * @param neighbourTeams the teams beside and above, which requests may ask
 * @param neighbours what neighbouring teams have or are drafting in the cycle
 * @param objectives the proposed objectives with their key results, links and requests
 * @param decisions what was adopted or dropped, and why, in the order decided
 */
public record CoCreationBoard(CoCreationSession session, String teamName, String cycleName, boolean facilitator,
		boolean participant, int votesLeft, int dotsCast, int maxObjectives, int maxKeyResults, int existingObjectives,
		int adoptedObjectives, List<BoardParticipant> participants, List<SupportableObjective> supportable,
		List<NeighbourTeam> neighbourTeams, List<NeighbourDraft> neighbours, List<BoardItem> objectives, List<DecisionLine> decisions) {

	public CoCreationBoard {
		participants = List.copyOf(participants);
		supportable = List.copyOf(supportable);
		neighbourTeams = List.copyOf(neighbourTeams);
		neighbours = List.copyOf(neighbours);
		objectives = List.copyOf(objectives);
		decisions = List.copyOf(decisions);
	}
}
