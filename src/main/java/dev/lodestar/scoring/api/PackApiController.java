package dev.lodestar.scoring.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.scoring.ReviewPackManagement;

@RestController
@Tag(name = "Scoring")
class PackApiController {

	private final ReviewPackManagement packs;

	PackApiController(ReviewPackManagement packs) {
		this.packs = packs;
	}

	@GetMapping("/api/v1/teams/{teamId}/pack")
	@Operation(summary = "A team's review pack: with week (any day; the week runs Monday to Sunday) that week, with cycle alone (blank: the current one) the whole cycle, with neither this week. The team's and its people's objectives you may see, with progress, scores, the period's check-ins and revealed feedback, and the reviews' attendance and decisions. For the team's members and leads, and admins")
	PackResponse showPack(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) String cycle) {
		return PackResponse.of(packs.of(caller, teamId, week, cycle));
	}
}
