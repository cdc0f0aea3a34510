package dev.lodestar.showcase.web;

import java.util.List;

import dev.lodestar.people.Person;
import dev.lodestar.platform.web.Shell;

/** The OKR coaches, the organisation's alliance of believers. */
public record CoachesPage(Shell shell, List<Person> coaches) {
}
