package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The caps an admin may tune: objectives per owner and cycle, key results per objective.
 *
 * @param notice a message key saying what just happened; absent otherwise
 */
public record CapsPage(Shell shell, CapsForm form, FormErrors errors, String notice) {

	public List<String> otherErrors() {
		return errors.otherThan(List.of("maxObjectivesPerOwner", "maxKeyResultsPerObjective"));
	}
}
