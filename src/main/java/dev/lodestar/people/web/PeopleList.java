package dev.lodestar.people.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lodestar.people.Person;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageLinks;

/** One page of the people an admin searched for, with the links to the others. */
public record PeopleList(String query, Page<Person> people) {

	static final String PATH = "/admin/people";

	static final String ROWS = "/admin/people/rows";

	public PageLinks links() {
		return PageLinks.of(people, PATH, ROWS, parameters());
	}

	/** What the address bar shows once htmx has fetched this page of the list. */
	String address() {
		return PageLinks.address(PATH, parameters(), people.page());
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", query);
		return parameters;
	}
}
