package dev.lodestar.checkins.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.checkins.CheckInSource;
import dev.lodestar.checkins.NewCheckIn;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.TokenCaller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@RequestMapping("/api/v1/key-results/{keyResultId}/check-ins")
@Tag(name = "Check-ins")
class CheckInsApiController {

	private final CheckInManagement checkIns;

	private final IdempotentRequests idempotent;

	CheckInsApiController(CheckInManagement checkIns, IdempotentRequests idempotent) {
		this.checkIns = checkIns;
		this.idempotent = idempotent;
	}

	@PostMapping
	@Operation(summary = "Check in: the value now (or done, for a milestone), confidence 0–10, a note. "
			+ "Send an Idempotency-Key to make retries safe. The check-in records its source: API for an OKR token, "
			+ "INTEGRATION for a CHECKINS_WRITE (checkins:write) token, with the token's id")
	ResponseEntity<CheckIn> recordCheckIn(@AuthenticationPrincipal Caller caller, Authentication authentication,
			@PathVariable long keyResultId, @RequestBody NewCheckIn checkIn,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), checkIn, CheckIn.class,
				() -> authentication.getDetails() instanceof TokenCaller token
						? checkIns.recordWithToken(caller, keyResultId, checkIn, CheckInSource.ofToken(token.scope()), token.tokenId())
						: checkIns.record(caller, keyResultId, checkIn),
				created -> URI.create("/api/v1/key-results/" + keyResultId + "/check-ins/" + created.id()));
	}

	@GetMapping("/{id}")
	CheckIn showCheckIn(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId, @PathVariable long id) {
		return checkIns.find(caller, keyResultId, id).orElseThrow(() -> new NotFoundException("check-in", id));
	}

	@GetMapping
	@Operation(summary = "The key result's check-ins, newest first")
	Page<CheckIn> listCheckIns(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return checkIns.history(caller, keyResultId, PageQuery.of(page, size));
	}
}
