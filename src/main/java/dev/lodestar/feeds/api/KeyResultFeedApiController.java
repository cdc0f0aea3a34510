package dev.lodestar.feeds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.feeds.KeyResultFeedManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;

@RestController
@RequestMapping("/api/v1/key-results/{keyResultId}/feed")
@Tag(name = "Key result feeds")
class KeyResultFeedApiController {

	private final KeyResultFeedManagement feeds;

	KeyResultFeedApiController(KeyResultFeedManagement feeds) {
		this.feeds = feeds;
	}

	@GetMapping
	@Operation(summary = "How the key result is updated by an integration, and what the last pull found; 404 when by hand")
	FeedResponse showFeed(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId) {
		return feeds.find(caller, keyResultId).map(FeedResponse::of)
			.orElseThrow(() -> new NotFoundException("key-result-feed", keyResultId));
	}

	@PutMapping
	@Operation(summary = "Mark the key result as updated by an integration: PUSH (check-ins posted with a CHECKINS_WRITE "
			+ "token) or PULL (url, jsonPointer, every as an ISO-8601 duration, PT5M to P7D); send the version you read, "
			+ "none for a new feed")
	FeedResponse setFeed(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId,
			@RequestBody FeedRequest request) {
		return FeedResponse.of(feeds.set(caller, keyResultId, request.toSetting()));
	}

	@DeleteMapping
	@Operation(summary = "The key result goes back to check-ins by hand")
	ResponseEntity<Void> removeFeed(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId) {
		feeds.remove(caller, keyResultId);
		return ResponseEntity.noContent().build();
	}
}
