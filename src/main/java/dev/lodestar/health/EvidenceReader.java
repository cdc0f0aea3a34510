package dev.lodestar.health;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.alignment.AlignmentFacts;
import dev.lodestar.cocreation.CoCreationManagement;
import dev.lodestar.cocreation.ProposalFact;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.security.Caller;

/**
 * Puts stored evidence into words for one reader: objectives and key results through their module, with the
 * reader's permissions, so a private one is only "there"; people by name; requests and proposals by what they ask.
 */
@Component
class EvidenceReader {

	private final ObjectiveSummaries summaries;

	private final KeyResultManagement keyResults;

	private final PeopleManagement people;

	private final AlignmentFacts alignmentFacts;

	private final CoCreationManagement cocreation;

	EvidenceReader(ObjectiveSummaries summaries, KeyResultManagement keyResults, PeopleManagement people,
			AlignmentFacts alignmentFacts, CoCreationManagement cocreation) {
		this.summaries = summaries;
		this.keyResults = keyResults;
		this.people = people;
		this.alignmentFacts = alignmentFacts;
		this.cocreation = cocreation;
	}

	/** The evidence of every signal resolved in a constant number of queries: objectives, key results, names, requests, proposals. */
	List<SignalView> viewsOf(Caller caller, List<SignalResult> stored, long teamId, long cycleId) {
		Set<Long> objectiveIds = idsOf(stored, EvidenceKind.OBJECTIVE);
		Set<Long> keyResultIds = idsOf(stored, EvidenceKind.KEY_RESULT);
		Map<Long, ObjectiveSummary> objectives = summaries.of(caller, objectiveIds).stream()
			.collect(Collectors.toMap(ObjectiveSummary::id, Function.identity()));
		Map<Long, KeyResult> visibleKeyResults = keyResults.visibleAmong(caller, keyResultIds);
		Map<Long, String> names = people.namesOf(idsOf(stored, EvidenceKind.PERSON));
		Map<Long, String> requests = alignmentFacts.titlesOf(idsOf(stored, EvidenceKind.REQUEST));
		Map<Long, ProposalFact> proposals = idsOf(stored, EvidenceKind.PROPOSAL).isEmpty() ? Map.of()
				: cocreation.proposalsOf(List.of(teamId), cycleId).getOrDefault(teamId, List.of()).stream()
					.collect(Collectors.toMap(ProposalFact::itemId, Function.identity()));
		return stored.stream()
			.map(result -> new SignalView(result.signal(), result.signal().family(), result.signal().measure(),
					result.value(), result.band(), result.signal().watch(), result.signal().atRisk(),
					result.evidenceCount(), result.evidence().stream().map(piece -> switch (piece.kind()) {
						case OBJECTIVE -> {
							ObjectiveSummary objective = objectives.get(piece.id());
							yield objective == null || !objective.visible() ? EvidenceLine.hidden(piece.kind())
									: new EvidenceLine(piece.kind(), true, piece.id(), objective.title(), piece.id(), null);
						}
						case KEY_RESULT -> {
							KeyResult keyResult = visibleKeyResults.get(piece.id());
							yield keyResult == null ? EvidenceLine.hidden(piece.kind())
									: new EvidenceLine(piece.kind(), true, piece.id(), keyResult.title(), keyResult.objectiveId(), null);
						}
						case PERSON -> EvidenceLine.of(piece.kind(), piece.id(), names.getOrDefault(piece.id(), ""));
						case REQUEST -> EvidenceLine.of(piece.kind(), piece.id(), requests.getOrDefault(piece.id(), ""));
						case PROPOSAL -> {
							ProposalFact proposal = proposals.get(piece.id());
							yield proposal == null ? EvidenceLine.hidden(piece.kind())
									: new EvidenceLine(piece.kind(), true, piece.id(), proposal.text(), null, proposal.sessionId());
						}
					}).toList()))
			.toList();
	}

	private static Set<Long> idsOf(List<SignalResult> stored, EvidenceKind kind) {
		return stored.stream()
			.flatMap(result -> result.evidence().stream())
			.filter(piece -> piece.kind() == kind)
			.map(Evidence::id)
			.collect(Collectors.toSet());
	}
}
