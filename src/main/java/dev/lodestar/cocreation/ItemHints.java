package dev.lodestar.cocreation;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.Drafts;
import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.NewObjective;

/** Where a proposal's wording drifts from the method, by the objectives module's own rules. */
@Component
class ItemHints {

	private final Drafts drafts;

	ItemHints(Drafts drafts) {
		this.drafts = drafts;
	}

	List<Hint> of(ItemKind kind, String text) {
		if (text == null || text.isBlank() || kind == null) {
			return List.of();
		}
		return switch (kind) {
			case OBJECTIVE -> drafts.review(new NewObjective(0L, text, null, null, null, null, null)).hints();
			case KEY_RESULT -> drafts.review(new NewKeyResult(text, KeyResultKind.MILESTONE, (BigDecimal) null, null, null, 0L))
				.hints();
			default -> List.of();
		};
	}
}
