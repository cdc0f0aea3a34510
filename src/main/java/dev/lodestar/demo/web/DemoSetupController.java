package dev.lodestar.demo.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import dev.lodestar.demo.DemoCompany;
import dev.lodestar.people.PeopleManagement;

/** The first start's other choice: look around a living organisation before setting up your own. */
@Controller
class DemoSetupController {

	private static final String SIGN_IN_WITH_DEMO = "/sign-in?demo=1";

	private final PeopleManagement people;

	private final DemoCompany demo;

	DemoSetupController(PeopleManagement people, DemoCompany demo) {
		this.people = people;
		this.demo = demo;
	}

	/** Loading takes a few seconds; from htmx the page shows that it is working, then follows HX-Redirect. */
	@PostMapping("/setup/demo")
	ResponseEntity<Void> loadDemo(@RequestHeader(name = "HX-Request", required = false) String htmx) {
		if (!people.anyAdmin()) {
			demo.loadIfEmpty();
		}
		String next = people.anyAdmin() ? SIGN_IN_WITH_DEMO : "/setup";
		return htmx != null ? ResponseEntity.ok().header("HX-Redirect", next).build()
				: ResponseEntity.status(303).header("Location", next).build();
	}
}
