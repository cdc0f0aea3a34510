package dev.lodestar.people.web;

import java.util.UUID;

import dev.lodestar.people.NewPerson;
import dev.lodestar.people.Person;
import dev.lodestar.people.PersonRevision;

/**
 * The person form as typed. A password is needed to register someone; when editing, an empty one keeps theirs.
 * {@code idempotencyKey} is made when the form is shown, so a double-clicked submit registers one person.
 */
public record PersonForm(String name, String email, String locale, Boolean admin, Boolean active, String password,
		Integer version, String idempotencyKey, Boolean coach) {

	static PersonForm empty() {
		return new PersonForm("", "", "en", false, true, "", null, UUID.randomUUID().toString(), false);
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.name(), person.email(), person.locale(), person.admin(), person.active(), "",
				person.version(), null, person.coach());
	}

	/** The same form without the password, to show again: a password is never sent back to the browser. */
	PersonForm withoutPassword() {
		return new PersonForm(name, email, locale, admin, active, "", version, idempotencyKey, coach);
	}

	NewPerson toNewPerson() {
		return new NewPerson(name, email, password == null ? "" : password, locale, Boolean.TRUE.equals(admin));
	}

	PersonRevision toRevision() {
		return new PersonRevision(name, email, locale, Boolean.TRUE.equals(admin), Boolean.TRUE.equals(active),
				password == null || password.isEmpty() ? null : password, version, Boolean.TRUE.equals(coach));
	}

	public boolean isAdmin() {
		return Boolean.TRUE.equals(admin);
	}

	public boolean isCoach() {
		return Boolean.TRUE.equals(coach);
	}

	public boolean isActive() {
		return Boolean.TRUE.equals(active);
	}
}
