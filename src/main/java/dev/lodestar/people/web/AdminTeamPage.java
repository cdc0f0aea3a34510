package dev.lodestar.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Forms a team ({@code teamId} absent) or changes one: its name, its place in the tree, its leads and members.
 *
 * @param names the names of the people on the form, by id
 * @param notice a message key saying what just happened; absent otherwise
 */
public record AdminTeamPage(Shell shell, Long teamId, TeamForm form, FormErrors errors, List<ParentOption> parents,
		Map<Long, String> names, String notice) {

	public boolean forming() {
		return teamId == null;
	}

	public List<RosterEntry> leads() {
		return form.leadIds().stream().map(id -> new RosterEntry(id, names.getOrDefault(id, "#" + id), RosterEntry.LEADS)).toList();
	}

	public List<RosterEntry> members() {
		return form.memberIds().stream().map(id -> new RosterEntry(id, names.getOrDefault(id, "#" + id), RosterEntry.MEMBERS)).toList();
	}

	/** Messages about the chosen leads, e.g. someone deactivated meanwhile ({@code leadIds[2]}). */
	public List<String> leadErrors() {
		return errorsStartingWith(RosterEntry.LEADS);
	}

	public List<String> memberErrors() {
		return errorsStartingWith(RosterEntry.MEMBERS);
	}

	/** Messages of fields the form has no place for, so none is lost. */
	public List<String> otherErrors() {
		List<String> others = new ArrayList<>();
		errors.fields().forEach((field, messages) -> {
			if (!field.equals("name") && !field.equals("parentId") && !field.startsWith(RosterEntry.LEADS)
					&& !field.startsWith(RosterEntry.MEMBERS)) {
				others.addAll(messages);
			}
		});
		return others;
	}

	private List<String> errorsStartingWith(String prefix) {
		List<String> messages = new ArrayList<>();
		errors.fields().forEach((field, fieldMessages) -> {
			if (field.startsWith(prefix)) {
				messages.addAll(fieldMessages);
			}
		});
		return messages;
	}
}
