package dev.lodestar.showcase.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.showcase.CopyStarted;
import dev.lodestar.showcase.NewCopy;
import dev.lodestar.showcase.NewNomination;
import dev.lodestar.showcase.Showcase;
import dev.lodestar.showcase.ShowcaseCredit;
import dev.lodestar.showcase.ShowcaseDecision;
import dev.lodestar.showcase.ShowcaseExample;
import dev.lodestar.showcase.ShowcaseFilter;
import dev.lodestar.showcase.ShowcaseManagement;
import dev.lodestar.platform.errors.NotFoundException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Showcase")
class ShowcaseApiController {

	private final ShowcaseManagement showcase;

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	ShowcaseApiController(ShowcaseManagement showcase, PeopleManagement people, IdempotentRequests idempotent) {
		this.showcase = showcase;
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping("/showcase")
	@Operation(summary = "The showcase: accepted examples, the latest first, narrowed by theme, cycle and team (the owner "
			+ "team, or the owner person's home team); with the themes, cycles and teams there are to narrow by")
	Showcase browseShowcase(@RequestParam(required = false) String theme, @RequestParam(required = false) Long cycleId,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return showcase.browse(new ShowcaseFilter(theme, cycleId, teamId), PageQuery.of(page, size));
	}

	@PostMapping("/showcase")
	@Operation(summary = "Nominate a public objective for the showcase with a theme and a note on why it is good; a "
			+ "coach's nomination is accepted at once")
	ResponseEntity<ShowcaseExample> nominateForShowcase(@AuthenticationPrincipal Caller caller,
			@RequestBody NewNomination nomination,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), nomination, ShowcaseExample.class,
				() -> showcase.nominate(caller, nomination),
				created -> URI.create("/api/v1/showcase/" + created.entryId()));
	}

	@GetMapping("/showcase/nominations")
	@Operation(summary = "The nominations waiting for a coach, the oldest first (coaches)")
	List<ShowcaseExample> listShowcaseNominations(@AuthenticationPrincipal Caller caller) {
		return showcase.nominations(caller);
	}

	@GetMapping("/showcase/{id}")
	@Operation(summary = "A showcase entry: an accepted one to anyone, a nomination or a decline to its nominator and coaches")
	ShowcaseExample showShowcaseEntry(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return showcase.find(caller, id);
	}

	@PostMapping("/showcase/{id}/accept")
	@Operation(summary = "Accept a nomination into the showcase (coaches); send the version you read")
	ShowcaseExample acceptNomination(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ShowcaseDecision decision) {
		return showcase.accept(caller, id, decision);
	}

	@PostMapping("/showcase/{id}/decline")
	@Operation(summary = "Decline a nomination (coaches), optionally saying why; send the version you read")
	ShowcaseExample declineNomination(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ShowcaseDecision decision) {
		return showcase.decline(caller, id, decision);
	}

	@PostMapping("/showcase/{id}/copies")
	@Operation(summary = "Start your own draft objective from an accepted example, in an open cycle (the current one "
			+ "unless cycleId is given): its title, description and key results copied, the example credited")
	ResponseEntity<CopyStarted> copyShowcaseExample(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody(required = false) NewCopy copy,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		NewCopy command = copy == null ? new NewCopy(null) : copy;
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), command, CopyStarted.class,
				() -> showcase.copy(caller, id, command), created -> URI.create("/api/v1/objectives/" + created.objectiveId()));
	}

	@GetMapping("/objectives/{objectiveId}/showcase-credit")
	@Operation(summary = "The showcase example a draft was started from, if it was: credited to the source objective's "
			+ "owner, whose title and owner are given when the caller may see the source (404 for an objective the caller cannot see)")
	ShowcaseCredit showShowcaseCredit(@AuthenticationPrincipal Caller caller, @PathVariable long objectiveId) {
		return showcase.creditOf(caller, objectiveId)
			.orElseThrow(() -> new NotFoundException("showcase-credit", objectiveId));
	}

	@GetMapping("/coaches")
	@Operation(summary = "The OKR coaches, the organisation's alliance of believers")
	List<Person> listCoaches() {
		return people.coaches();
	}
}
