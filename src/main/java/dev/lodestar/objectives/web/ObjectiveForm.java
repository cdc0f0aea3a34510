package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveRevision;
import dev.lodestar.objectives.Owner;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.objectives.WordingHints;

/**
 * The objective form as typed. {@code owner} reads {@code person:7} or {@code team:3}; {@code version} is the one
 * read when the edit form was shown; {@code idempotencyKey} is made with the new form, so a double click sets one.
 */
public record ObjectiveForm(String cycle, String owner, String title, String description, String visibility,
		List<String> viewerIds, String version, String idempotencyKey) {

	static final FormFields NEW = FormFields.of("objective", FormFields.field("cycle", "cycleId"),
			FormFields.field("owner", "ownerTeamId", "ownerPersonId"), FormFields.field("title"),
			FormFields.field("description"), FormFields.field("visibility"), FormFields.field("viewerIds"));

	static final FormFields EDIT = FormFields.of("objective", FormFields.field("title"), FormFields.field("description"),
			FormFields.field("visibility"), FormFields.field("viewerIds"));

	public ObjectiveForm {
		viewerIds = viewerIds == null ? List.of() : List.copyOf(viewerIds);
	}

	static ObjectiveForm blank(Long cycleId, Owner owner) {
		return new ObjectiveForm(cycleId == null ? "" : cycleId.toString(), ownerValue(owner), "", "", Visibility.PUBLIC.name(),
				List.of(), "", UUID.randomUUID().toString());
	}

	static ObjectiveForm of(Objective objective) {
		return new ObjectiveForm(String.valueOf(objective.cycleId()), ownerValue(objective.owner()), objective.title(),
				objective.description(), objective.visibility().name(),
				objective.viewerIds().stream().map(String::valueOf).toList(), String.valueOf(objective.version()), "");
	}

	static String ownerValue(Owner owner) {
		return owner == null ? "" : owner.isTeam() ? "team:" + owner.teamId() : "person:" + owner.personId();
	}

	/** The same typing, to be saved over the version read now: after a conflict, saving again is a choice. */
	ObjectiveForm withVersion(int current) {
		return new ObjectiveForm(cycle, owner, title, description, visibility, viewerIds, String.valueOf(current),
				idempotencyKey);
	}

	NewObjective toNewObjective() {
		Owner chosen = chosenOwner();
		return new NewObjective(FormValues.whole(cycle), title, description, chosen == null ? null : chosen.teamId(),
				chosen == null ? null : chosen.personId(), visibilityOrNull(), viewers());
	}

	ObjectiveRevision toRevision() {
		return new ObjectiveRevision(title, description, visibilityOrNull(), viewers(), FormValues.version(version));
	}

	/** The owner chosen, if the value reads as one. */
	Owner chosenOwner() {
		if (owner == null) {
			return null;
		}
		Long id = FormValues.whole(owner.substring(owner.indexOf(':') + 1));
		if (id == null) {
			return null;
		}
		return owner.startsWith("team:") ? Owner.team(id) : owner.startsWith("person:") ? Owner.person(id) : null;
	}

	/** The hints the title earns as typed: the form shows them from the start, and again as it changes. */
	public List<Hint> titleHints() {
		return FormValues.filled(title) ? WordingHints.forObjectiveTitle(title.strip()) : List.of();
	}

	public boolean isPrivate() {
		return Visibility.PRIVATE.name().equals(visibility);
	}

	public boolean hasViewer(long personId) {
		return viewerIds.contains(String.valueOf(personId));
	}

	boolean filled(String field) {
		return switch (field) {
			case "cycle" -> FormValues.filled(cycle);
			case "owner" -> FormValues.filled(owner);
			case "title" -> FormValues.filled(title);
			case "description" -> FormValues.filled(description);
			case "visibility" -> FormValues.filled(visibility);
			case "viewerIds" -> !viewerIds.isEmpty();
			default -> false;
		};
	}

	private Visibility visibilityOrNull() {
		return Visibility.PRIVATE.name().equals(visibility) ? Visibility.PRIVATE
				: Visibility.PUBLIC.name().equals(visibility) ? Visibility.PUBLIC : null;
	}

	private List<Long> viewers() {
		return viewerIds.stream().map(FormValues::whole).filter(Objects::nonNull).toList();
	}
}
