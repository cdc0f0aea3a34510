package dev.lodestar.appraisal;

/**
 * Whom a template applies to: one person, or a role in a team — its leads or its members (a team's leads and members
 * are disjoint). When several match, a person's own template wins, then a leads template, then a members template;
 * among templates of the same kind the first defined (the lowest id) wins. See {@link TemplateChoice}.
 */
public enum AppliesTo {
	PERSON, TEAM_LEADS, TEAM_MEMBERS;

	/** Lower comes first when several templates match one person. */
	int precedence() {
		return ordinal();
	}
}
