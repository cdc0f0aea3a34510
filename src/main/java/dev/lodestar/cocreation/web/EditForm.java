package dev.lodestar.cocreation.web;

import dev.lodestar.cocreation.ItemRevision;
import dev.lodestar.cocreation.SessionItem;
import dev.lodestar.platform.web.FormNumbers;

/** An item's words as typed over it, with the version they were typed over. */
public record EditForm(String text, String description, String keyResultKind, String start, String target, String unit,
		String version) {

	static EditForm of(SessionItem item) {
		return new EditForm(item.text(), item.description(),
				item.keyResultKind() == null ? "" : item.keyResultKind().name(), FormText.plain(item.start()),
				FormText.plain(item.target()), FormText.orEmpty(item.unit()), String.valueOf(item.version()));
	}

	/** The same words, now over the current version: saving again replaces what is there, knowingly. */
	EditForm over(SessionItem current) {
		return new EditForm(text, description, keyResultKind, start, target, unit, String.valueOf(current.version()));
	}

	public boolean isKeyResultKind(String name) {
		return name.equals(keyResultKind);
	}

	ItemRevision toRevision(boolean measured) {
		if (measured) {
			FormText.requireNumbers("start", start, "target", target);
		}
		Integer typedOver = FormNumbers.whole(version);
		return new ItemRevision(text, description, ProposalForm.keyResultKindOf(keyResultKind), FormNumbers.decimal(start),
				FormNumbers.decimal(target), unit, typedOver == null ? -1 : typedOver);
	}
}
