package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.people.Person;
import dev.lodestar.platform.web.Shell;

/** People matching what was typed, as the options of a person picker. */
public record PersonOptions(Shell shell, List<Person> people, Long selected) {
}
