package dev.lodestar.cocreation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An objective of a neighbouring team in the cycle: one it has ({@code draft} when not yet confirmed), or one proposed
 * in its own running session ({@code sessionId}, null for one it has).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NeighbourDraft(long teamId, String teamName, String title, boolean draft, Long sessionId) {

	@JsonIgnore
	public boolean inSession() {
		return sessionId != null;
	}
}
