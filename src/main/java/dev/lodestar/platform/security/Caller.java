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
 * @param coach an OKR coach, one of the organisation's alliance of believers (issue 10): reads OKR health like an
 *        admin and decides the showcase
 */
public record Caller(long personId, String name, boolean admin, Locale locale, Set<Long> teamIds, boolean coach)
		implements Serializable {

	public Caller {
		teamIds = Set.copyOf(teamIds);
	}

	/** Someone who is no coach: most callers, and every caller made before coaches existed. */
	public Caller(long personId, String name, boolean admin, Locale locale, Set<Long> teamIds) {
		this(personId, name, admin, locale, teamIds, false);
	}

	/**
	 * Anyone at all: no person (ids start at 1), no team, no rights — so sees what everyone may see and nothing more.
	 * The reader of what is posted where anyone may read it, such as a chat group.
	 */
	public static Caller anyone(Locale locale) {
		return new Caller(0, "", false, locale, Set.of());
	}

	/** Admins and coaches read every team's OKR health and the organisation's. */
	public boolean readsAllHealth() {
		return admin || coach;
	}

	public void requireCoach() {
		if (!coach) {
			throw new ForbiddenException("problem.forbidden.coach-only");
		}
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
