package dev.lodestar.cocreation.web;

import java.util.List;

import dev.lodestar.cocreation.ItemKind;
import dev.lodestar.cocreation.SupportableObjective;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * A form that proposes an item: an objective (above the board), a key result or link under a proposed objective, a
 * request under a proposed key result.
 *
 * @param supportable what a link may point to
 * @param teams the teams a request may ask: the neighbours on the board
 */
public record ProposalFragment(Shell shell, long sessionId, ProposalForm form, FormErrors errors,
		List<SupportableObjective> supportable, List<TeamOption> teams) {

	public ItemKind kind() {
		return form.itemKind();
	}

	/** Unique on the page, so that the board's live refresh keeps a form someone is typing into. */
	public String elementId() {
		return "propose-" + form.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
				+ (form.parentItemId().isBlank() ? "new" : form.parentItemId());
	}
}
