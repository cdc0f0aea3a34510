package dev.lodestar.platform.security;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * What an API token may reach. OKR scores and appraisal never share a scope: an OKR token cannot call appraisal, an
 * APPRAISAL token reaches only KPIs, appraisal and its owner's tokens. A score that could be fetched with the token
 * an appraisal script holds would soon be used in appraisal, and then people stop setting ambitious objectives.
 */
public enum TokenScope {

	/** Everything but appraisal: objectives, check-ins, scores, KPIs. The default. */
	OKR,

	/** KPIs and appraisal only, and the owner's tokens. */
	APPRAISAL,

	/**
	 * Posting check-ins and nothing else, not even reading them: what a system that reports a key result's value
	 * holds. Accepted as {@code checkins:write} too, the name integrations know it by.
	 */
	@JsonAlias("checkins:write")
	CHECKINS_WRITE;

	/** The authority a caller authenticated with a token of this scope carries, e.g. {@code SCOPE_OKR}. */
	public String authority() {
		return "SCOPE_" + name();
	}
}
