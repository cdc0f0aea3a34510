package dev.lodestar.cocreation;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.lodestar.objectives.KeyResultKind;

/**
 * Something proposed in a session, with the decision taken about it.
 *
 * @param parentItemId the objective a key result or link belongs to; the key result a request serves
 * @param text an objective's or key result's title, what a request asks, or why a link holds
 * @param reason why it was adopted or dropped: the session's decision log
 * @param outcomeId what it became when the session finished: an objective, key result, alignment link or
 *        contribution request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionItem(long id, long sessionId, ItemKind kind, Long parentItemId, String text, String description,
		KeyResultKind keyResultKind, BigDecimal start, BigDecimal target, String unit, Long alignObjectiveId,
		Long alignKeyResultId, Long askedTeamId, long proposedBy, Instant proposedAt, ItemState state, String reason,
		Long decidedBy, Instant decidedAt, Long outcomeId, Long editedBy, int version) {
}
