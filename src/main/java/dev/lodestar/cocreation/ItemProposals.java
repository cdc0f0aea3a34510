package dev.lodestar.cocreation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.DraftReview;
import dev.lodestar.objectives.Drafts;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.security.Caller;

/**
 * Checks and writes what people propose. A key result is measured as the objectives module would measure it, so
 * nothing adopted here is refused when the session finishes; a link must name something the proposer can see; a
 * request must ask another team.
 */
@Component
class ItemProposals {

	/** The objectives module's field names, as this module's API calls them. */
	private static final Map<String, String> FIELDS = Map.of("title", "text", "kind", "keyResultKind");

	private final ItemRepository items;

	private final Drafts drafts;

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final TeamManagement teams;

	ItemProposals(ItemRepository items, Drafts drafts, ObjectiveManagement objectives, KeyResultManagement keyResults,
			TeamManagement teams) {
		this.items = items;
		this.drafts = drafts;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.teams = teams;
	}

	long add(Caller actor, CoCreationSession session, NewItem item, Instant at) {
		List<FieldViolation> violations = new ArrayList<>();
		ItemKind parentKind = item.kind().parentKind();
		if (parentKind == null) {
			item = new NewItem(item.kind(), null, item.text(), item.description(), null, null, null, null, null, null, null);
		}
		else {
			SessionItem parent = item.parentItemId() == null ? null : items.find(item.parentItemId())
				.filter(found -> found.sessionId() == session.id() && found.kind() == parentKind)
				.orElse(null);
			if (parent == null) {
				violations.add(new FieldViolation("parentItemId", parentKind == ItemKind.OBJECTIVE
						? "validation.cocreation-parent-objective" : "validation.cocreation-parent-key-result"));
			}
		}
		switch (item.kind()) {
			case KEY_RESULT -> violations.addAll(measureViolations(actor, item.text(), item.keyResultKind(), item.start(),
					item.target(), item.unit()));
			case LINK -> violations.addAll(linkViolations(actor, item));
			case REQUEST -> violations.addAll(requestViolations(session, item));
			default -> {
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		boolean measured = item.kind() == ItemKind.KEY_RESULT;
		NewItem tidy = new NewItem(item.kind(), item.parentItemId(), item.text(), item.description(),
				measured ? item.keyResultKind() : null, measured ? item.start() : null, measured ? item.target() : null,
				null, item.kind() == ItemKind.LINK ? item.alignObjectiveId() : null,
				item.kind() == ItemKind.LINK ? item.alignKeyResultId() : null,
				item.kind() == ItemKind.REQUEST ? item.askedTeamId() : null);
		return items.insert(session.id(), tidy, strip(item.description()), measured ? unit(item.unit()) : null,
				actor.personId(), at);
	}

	void revise(Caller actor, CoCreationSession session, SessionItem current, ItemRevision revision) {
		boolean measured = current.kind() == ItemKind.KEY_RESULT;
		if (measured) {
			List<FieldViolation> violations = measureViolations(actor, revision.text(), revision.keyResultKind(),
					revision.start(), revision.target(), revision.unit());
			if (!violations.isEmpty()) {
				throw new InvalidInputException(violations);
			}
		}
		boolean revised = items.revise(current.id(), current.version(), revision.text().strip(),
				strip(revision.description()), measured ? revision.keyResultKind() : null,
				measured ? revision.start() : null, measured ? revision.target() : null,
				measured ? unit(revision.unit()) : null, actor.personId());
		if (!revised) {
			throw new ItemChangedMeanwhileException(items.find(current.id()).orElseThrow());
		}
	}

	private List<FieldViolation> measureViolations(Caller actor, String text, KeyResultKind kind,
			BigDecimal start, BigDecimal target, String unit) {
		DraftReview review = drafts.review(new NewKeyResult(text, kind, start, target, unit, actor.personId()));
		return review.violations().stream()
			.map(violation -> new FieldViolation(FIELDS.getOrDefault(violation.field(), violation.field()),
					violation.messageKey(), violation.args()))
			.toList();
	}

	private List<FieldViolation> linkViolations(Caller actor, NewItem item) {
		boolean toObjective = item.alignObjectiveId() != null;
		boolean toKeyResult = item.alignKeyResultId() != null;
		if (toObjective == toKeyResult) {
			return List.of(new FieldViolation("alignObjectiveId", "validation.cocreation-link-target"));
		}
		boolean visible = toObjective ? objectives.isVisible(actor, item.alignObjectiveId())
				: keyResults.visible(actor, item.alignKeyResultId()).isPresent();
		return visible ? List.of()
				: List.of(new FieldViolation(toObjective ? "alignObjectiveId" : "alignKeyResultId",
						"validation.cocreation-link-unknown"));
	}

	private List<FieldViolation> requestViolations(CoCreationSession session, NewItem item) {
		if (item.askedTeamId() == null) {
			return List.of(new FieldViolation("askedTeamId", "validation.NotNull"));
		}
		if (!teams.exists(item.askedTeamId())) {
			return List.of(new FieldViolation("askedTeamId", "validation.unknown-team", item.askedTeamId()));
		}
		if (item.askedTeamId() == session.teamId()) {
			return List.of(new FieldViolation("askedTeamId", "validation.contribution-same-team"));
		}
		return List.of();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static String unit(String unit) {
		return unit == null || unit.isBlank() ? null : unit.strip();
	}
}
