package dev.lodestar.alignment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lodestar.platform.web.FormErrors;

/**
 * A refused contribution form's messages placed next to its fields: each form field shows the refusals of the
 * command field it fills ({@code title} those of {@code proposal.title}); the rest is said above the form.
 */
public record FormMessages(FormErrors errors) {

	private static final Map<String, String> COMMAND_FIELDS = Map.ofEntries(Map.entry("keyResult", "servesKeyResultId"),
			Map.entry("askedTeam", "askedTeamId"), Map.entry("type", "proposal.type"), Map.entry("title", "proposal.title"),
			Map.entry("description", "proposal.description"), Map.entry("objective", "proposal.objectiveId"),
			Map.entry("kind", "proposal.kind"), Map.entry("start", "proposal.start"), Map.entry("target", "proposal.target"),
			Map.entry("unit", "proposal.unit"), Map.entry("reason", "reason"));

	static FormMessages none() {
		return new FormMessages(FormErrors.none());
	}

	public List<String> at(String formField) {
		return errors.of(COMMAND_FIELDS.get(formField));
	}

	/** What belongs to no field shown: a rule, a conflict, a field of the command the form does not have. */
	public List<String> elsewhere() {
		List<String> messages = new ArrayList<>(errors.general());
		messages.addAll(errors.otherThan(List.copyOf(COMMAND_FIELDS.values())));
		return messages;
	}

	public boolean any() {
		return errors.any();
	}
}
