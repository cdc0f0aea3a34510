package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.Shell;

/**
 * The scoring links the team page loads: the review packs for whoever may read them, calibration for the team's
 * members and leads only.
 */
public record PackTeamLinks(Shell shell, long teamId, Long cycleId, boolean pack, boolean calibration) {

	public String cyclePack() {
		return "/teams/" + teamId + "/pack?cycle=" + (cycleId == null ? "" : cycleId);
	}

	public String weekPack() {
		return "/teams/" + teamId + "/pack";
	}
}
