package dev.lodestar.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of evidence as the reader may see it, with its id and words, or — for one the reader may not see — only
 * that it is there ({@code visible} false, no id, no words).
 *
 * @param objectiveId where a key result is shown: its objective
 * @param sessionId where a proposal is shown: its co-creation session
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceLine(EvidenceKind kind, boolean visible, Long id, String label, Long objectiveId, Long sessionId) {

	static EvidenceLine hidden(EvidenceKind kind) {
		return new EvidenceLine(kind, false, null, null, null, null);
	}

	static EvidenceLine of(EvidenceKind kind, long id, String label) {
		return new EvidenceLine(kind, true, id, label, null, null);
	}
}
