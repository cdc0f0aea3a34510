package dev.lodestar.cocreation.web;

import dev.lodestar.cocreation.ItemKind;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The form that changes an item's words.
 *
 * @param current how the item reads now, when someone changed it while this form was being typed: shown beside the
 *        words typed, which are kept, so that nothing is lost and nothing is overwritten unknowingly
 */
public record EditFragment(Shell shell, long sessionId, long itemId, ItemKind kind, EditForm form, FormErrors errors,
		String current) {

	public boolean measured() {
		return kind == ItemKind.KEY_RESULT;
	}
}
