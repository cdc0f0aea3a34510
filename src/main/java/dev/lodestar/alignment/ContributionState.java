package dev.lodestar.alignment;

import dev.lodestar.platform.errors.RuleViolationException;

/**
 * Where a contribution request stands. While it is open, one team has the turn: the asked team answers a request,
 * the asking team a counter-proposal. The team with the turn accepts, counters or declines; the asking team may
 * withdraw at any time while the request is open. Accepted, declined and withdrawn are final.
 */
public enum ContributionState {
	WAITING_FOR_ASKED, WAITING_FOR_ASKING, ACCEPTED, DECLINED, WITHDRAWN;

	public boolean isOpen() {
		return this == WAITING_FOR_ASKED || this == WAITING_FOR_ASKING;
	}

	/** The team expected to answer next, or null once the request is closed. */
	public ContributionSide turn() {
		return switch (this) {
			case WAITING_FOR_ASKED -> ContributionSide.ASKED;
			case WAITING_FOR_ASKING -> ContributionSide.ASKING;
			default -> null;
		};
	}

	/** The state after {@code side} takes {@code action}, or a refusal that says why it may not. */
	public ContributionState after(ContributionAction action, ContributionSide side) {
		if (!isOpen()) {
			throw new RuleViolationException("contribution-closed", "problem.contribution-closed.detail");
		}
		return switch (action) {
			case ASKED -> throw new RuleViolationException("contribution-already-asked",
					"problem.contribution-already-asked.detail");
			case WITHDRAWN -> {
				if (side != ContributionSide.ASKING) {
					throw new RuleViolationException("contribution-withdraw", "problem.contribution-withdraw.detail");
				}
				yield WITHDRAWN;
			}
			case ACCEPTED, COUNTERED, DECLINED -> {
				if (side != turn()) {
					throw new RuleViolationException("contribution-not-your-turn", "problem.contribution-not-your-turn.detail");
				}
				yield switch (action) {
					case ACCEPTED -> ACCEPTED;
					case DECLINED -> DECLINED;
					default -> side == ContributionSide.ASKED ? WAITING_FOR_ASKING : WAITING_FOR_ASKED;
				};
			}
		};
	}
}
