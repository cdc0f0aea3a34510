package dev.lodestar.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of evidence as the reader may see it: an objective, key result or person with its id and words, or — for
 * one the reader may not see — only that it is there ({@code visible} false, no id, no words).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceLine(EvidenceKind kind, boolean visible, Long id, String label, Long objectiveId) {

	static EvidenceLine hidden(EvidenceKind kind) {
		return new EvidenceLine(kind, false, null, null, null);
	}
}
