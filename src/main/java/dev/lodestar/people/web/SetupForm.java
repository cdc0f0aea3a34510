package dev.lodestar.people.web;

import dev.lodestar.people.FirstStart;

/** The setup form as typed, kept to show again next to its messages. */
public record SetupForm(String organisation, String name, String email, String password) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "");
	}

	FirstStart toCommand() {
		return new FirstStart(organisation, name, email, password);
	}
}
