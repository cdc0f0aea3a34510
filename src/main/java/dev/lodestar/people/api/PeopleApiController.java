package dev.lodestar.people.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.people.NewPerson;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.PersonRevision;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People")
class PeopleApiController {

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	PeopleApiController(PeopleManagement people, IdempotentRequests idempotent) {
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping
	@Operation(summary = "Find people by name or e-mail")
	Page<Person> findPeople(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return people.search(q, PageQuery.of(page, size));
	}

	@GetMapping("/me")
	@Operation(summary = "The person this token belongs to")
	Person showMe(@AuthenticationPrincipal Caller caller) {
		return showPerson(caller.personId());
	}

	@GetMapping("/{id}")
	Person showPerson(@PathVariable long id) {
		return people.find(id).orElseThrow(() -> new NotFoundException("person", id));
	}

	@PostMapping
	@Operation(summary = "Register a person (admins)")
	ResponseEntity<Person> registerPerson(@AuthenticationPrincipal Caller caller, @RequestBody NewPerson person,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), person, Person.class,
				() -> people.register(caller, person), created -> URI.create("/api/v1/people/" + created.id()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a person (admins, or the person for their own name, e-mail, language and password)")
	Person revisePerson(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody PersonRevision revision) {
		return people.revise(caller, id, revision);
	}
}
