package dev.lodestar.alignment.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.alignment.AlignmentLink;
import dev.lodestar.alignment.AlignmentLinkRevision;
import dev.lodestar.alignment.AlignmentManagement;
import dev.lodestar.alignment.NewAlignmentLink;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Alignment")
class AlignmentApiController {

	private final AlignmentManagement alignment;

	private final IdempotentRequests idempotent;

	AlignmentApiController(AlignmentManagement alignment, IdempotentRequests idempotent) {
		this.alignment = alignment;
		this.idempotent = idempotent;
	}

	@GetMapping("/api/v1/objectives/{id}/alignment")
	@Operation(summary = "What an objective supports and what supports it, as far as you may see, with the roll-up if any link has it on")
	ObjectiveAlignmentResponse showAlignment(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return ObjectiveAlignmentResponse.of(alignment.of(caller, id));
	}

	@PostMapping("/api/v1/objectives/{id}/alignment-links")
	@Operation(summary = "Say that an objective supports a parent objective, or a key result of one (same cycle, or a longer cycle that contains it); a link that would close a loop is refused")
	ResponseEntity<AlignmentLink> linkObjective(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody NewAlignmentLink link, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), link, AlignmentLink.class,
				() -> alignment.link(caller, id, link), created -> URI.create("/api/v1/alignment-links/" + created.id()));
	}

	@GetMapping("/api/v1/alignment-links/{id}")
	AlignmentLink showLink(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return alignment.find(caller, id);
	}

	@PutMapping("/api/v1/alignment-links/{id}")
	@Operation(summary = "Turn a link's roll-up on or off (off by default); a stale version is refused with 409")
	AlignmentLink reviseLink(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody AlignmentLinkRevision revision) {
		return alignment.revise(caller, id, revision);
	}

	@DeleteMapping("/api/v1/alignment-links/{id}")
	ResponseEntity<Void> unlink(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		alignment.unlink(caller, id);
		return ResponseEntity.noContent().build();
	}
}
