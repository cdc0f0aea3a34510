package dev.lodestar.cocreation.web;

import java.util.UUID;

import dev.lodestar.cocreation.ItemKind;
import dev.lodestar.cocreation.NewItem;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.platform.web.FormNumbers;

/**
 * A proposal as typed: an objective, or a key result, link or request under an item of the board. A link's target
 * is one choice, {@code o<id>} for an objective or {@code k<id>} for a key result.
 */
public record ProposalForm(String kind, String parentItemId, String text, String description, String keyResultKind,
		String start, String target, String unit, String alignTo, String askedTeamId, String idempotencyKey) {

	static ProposalForm blank(ItemKind kind, Long parentItemId) {
		return new ProposalForm(kind.name(), parentItemId == null ? "" : String.valueOf(parentItemId), "", "",
				KeyResultKind.INCREASE.name(), "", "", "", "", "", UUID.randomUUID().toString());
	}

	ItemKind itemKind() {
		for (ItemKind candidate : ItemKind.values()) {
			if (candidate.name().equals(kind)) {
				return candidate;
			}
		}
		return null;
	}

	public boolean isKeyResultKind(String name) {
		return name.equals(keyResultKind);
	}

	NewItem toCommand() {
		ItemKind chosen = itemKind();
		if (chosen == ItemKind.KEY_RESULT) {
			FormText.requireNumbers("start", start, "target", target);
		}
		Long alignObjective = alignTo != null && alignTo.startsWith("o") ? FormText.id(alignTo.substring(1)) : null;
		Long alignKeyResult = alignTo != null && alignTo.startsWith("k") ? FormText.id(alignTo.substring(1)) : null;
		return new NewItem(chosen, FormText.id(parentItemId), text, description, keyResultKindOf(keyResultKind),
				FormNumbers.decimal(start), FormNumbers.decimal(target), unit, alignObjective, alignKeyResult,
				FormText.id(askedTeamId));
	}

	static KeyResultKind keyResultKindOf(String name) {
		for (KeyResultKind candidate : KeyResultKind.values()) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		return null;
	}
}
