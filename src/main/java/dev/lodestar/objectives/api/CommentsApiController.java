package dev.lodestar.objectives.api;

import java.net.URI;

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

import dev.lodestar.objectives.Comment;
import dev.lodestar.objectives.NewComment;
import dev.lodestar.objectives.ObjectiveComments;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@RequestMapping("/api/v1/objectives/{objectiveId}/comments")
@Tag(name = "Comments")
class CommentsApiController {

	private final ObjectiveComments comments;

	private final IdempotentRequests idempotent;

	CommentsApiController(ObjectiveComments comments, IdempotentRequests idempotent) {
		this.comments = comments;
		this.idempotent = idempotent;
	}

	@GetMapping
	@Operation(summary = "The comments on an objective you may see, newest first")
	Page<Comment> listComments(@AuthenticationPrincipal Caller caller, @PathVariable long objectiveId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return comments.list(caller, objectiveId, PageQuery.of(page, size));
	}

	@PostMapping
	@Operation(summary = "Comment on an objective you may see, 1 to 2000 characters. "
			+ "Send an Idempotency-Key to make retries safe")
	ResponseEntity<Comment> postComment(@AuthenticationPrincipal Caller caller, @PathVariable long objectiveId,
			@RequestBody NewComment comment, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), comment, Comment.class,
				() -> comments.post(caller, objectiveId, comment),
				posted -> URI.create("/api/v1/objectives/" + objectiveId + "/comments/" + posted.id()));
	}

	@GetMapping("/{id}")
	Comment showComment(@AuthenticationPrincipal Caller caller, @PathVariable long objectiveId, @PathVariable long id) {
		return comments.find(caller, objectiveId, id).orElseThrow(() -> new NotFoundException("comment", id));
	}
}
