package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Registers a person ({@code personId} absent) or changes one: name, e-mail, language, password, and whether
 * they are an admin and active.
 *
 * @param notice a message key saying what just happened, e.g. that the person was saved; absent otherwise
 */
public record AdminPersonPage(Shell shell, Long personId, PersonForm form, FormErrors errors, String notice) {

	static final List<String> FIELDS = List.of("name", "email", "locale", "admin", "active", "password");

	public boolean registering() {
		return personId == null;
	}

	/** Messages of fields the form has no place for (e.g. the version), so none is lost. */
	public List<String> otherErrors() {
		return errors.otherThan(FIELDS);
	}
}
