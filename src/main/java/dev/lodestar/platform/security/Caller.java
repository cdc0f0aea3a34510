package dev.lodestar.platform.security;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

import dev.lodestar.platform.errors.ForbiddenException;

/**
 * The signed-in person, as every module sees them: enough to decide visibility and permissions, and to greet
 * them, without another query. Loaded afresh for every request, so a changed team or language shows at once.
 *
 * @param teamIds the teams the person leads or belongs to
 */
public record Caller(long personId, String name, boolean admin, Locale locale, Set<Long> teamIds) implements Serializable {

	public Caller {
		teamIds = Set.copyOf(teamIds);
	}

	public boolean belongsTo(long teamId) {
		return teamIds.contains(teamId);
	}

	public void requireAdmin() {
		if (!admin) {
			throw new ForbiddenException("problem.forbidden.admin-only");
		}
	}

	public Long[] teamIdArray() {
		return teamIds.toArray(Long[]::new);
	}
}
