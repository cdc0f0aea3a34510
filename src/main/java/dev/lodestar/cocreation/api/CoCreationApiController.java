package dev.lodestar.cocreation.api;

import java.net.URI;
import java.util.List;

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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.lodestar.cocreation.CoCreationBoard;
import dev.lodestar.cocreation.CoCreationManagement;
import dev.lodestar.cocreation.CoCreationSession;
import dev.lodestar.cocreation.Invitation;
import dev.lodestar.cocreation.Invitee;
import dev.lodestar.cocreation.ItemComment;
import dev.lodestar.cocreation.ItemDecision;
import dev.lodestar.cocreation.ItemRevision;
import dev.lodestar.cocreation.NewItem;
import dev.lodestar.cocreation.NewItemComment;
import dev.lodestar.cocreation.NewSession;
import dev.lodestar.cocreation.ObjectiveOrigin;
import dev.lodestar.cocreation.SessionItem;
import dev.lodestar.cocreation.SessionTransition;
import dev.lodestar.cocreation.SessionsOfTeam;
import dev.lodestar.cocreation.TimerSetting;
import dev.lodestar.cocreation.VotesLeft;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Co-creation sessions")
class CoCreationApiController {

	private static final String SESSIONS = "/api/v1/co-creation-sessions/";

	private final CoCreationManagement cocreation;

	private final LiveUpdates live;

	private final IdempotentRequests idempotent;

	CoCreationApiController(CoCreationManagement cocreation, LiveUpdates live, IdempotentRequests idempotent) {
		this.cocreation = cocreation;
		this.live = live;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/teams/{teamId}/co-creation-sessions")
	@Operation(summary = "Open the team's co-creation session for a cycle (a lead or an admin), optionally inviting people of neighbouring teams; while one runs for the team and cycle, that one is the answer")
	ResponseEntity<CoCreationSession> open(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestBody NewSession session, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, target(request), session, CoCreationSession.class,
				() -> cocreation.open(caller, teamId, session), opened -> URI.create(SESSIONS + opened.id()));
	}

	@GetMapping("/api/v1/teams/{teamId}/co-creation-sessions")
	@Operation(summary = "The team's co-creation sessions, newest first")
	SessionsOfTeam listSessions(@AuthenticationPrincipal Caller caller, @PathVariable long teamId) {
		return cocreation.ofTeam(caller, teamId);
	}

	@GetMapping("/api/v1/teams/{teamId}/co-creation-invitees")
	@Operation(summary = "People of the team's parent and sibling teams who could be invited to its session (at most 200)")
	List<Invitee> listInvitees(@AuthenticationPrincipal Caller caller, @PathVariable long teamId) {
		return cocreation.inviteesFor(caller, teamId);
	}

	@GetMapping("/api/v1/co-creation-invitations")
	@Operation(summary = "Running sessions of other teams the caller was invited to")
	List<CoCreationSession> listInvitations(@AuthenticationPrincipal Caller caller) {
		return cocreation.invitationsOf(caller);
	}

	@GetMapping(SESSIONS + "{id}")
	@Operation(summary = "The session's board: what the team could support, what neighbours draft, the proposals with comments, +1s, hints and why an item cannot be adopted, the decision log; where the dots went only after the reveal")
	CoCreationBoard showSession(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return cocreation.board(caller, id);
	}

	@GetMapping(path = SESSIONS + "{id}/events", produces = "text/event-stream")
	@Operation(summary = "Server-Sent Events: a bare cocreation-changed event whenever the session changes; fetch the board again to see what changed (also after reconnecting)")
	SseEmitter followSession(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return live.subscribe(cocreation.find(caller, id).topic());
	}

	@PostMapping(SESSIONS + "{id}/participants")
	@Operation(summary = "Join the running session: the team's people and those invited take part")
	ResponseEntity<Void> join(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		cocreation.join(caller, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(SESSIONS + "{id}/invitations")
	@Operation(summary = "Invite more people to the running session (a facilitator)")
	ResponseEntity<Void> invite(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody Invitation invitation) {
		cocreation.invite(caller, id, invitation);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(SESSIONS + "{id}/items")
	@Operation(summary = "Propose an objective, a key result of a proposed objective, an alignment link of one, or a request to another team for a proposed key result")
	ResponseEntity<SessionItem> propose(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody NewItem item, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, target(request), item, SessionItem.class,
				() -> cocreation.propose(caller, id, item), proposed -> URI.create(SESSIONS + id));
	}

	@PutMapping(SESSIONS + "{id}/items/{itemId}")
	@Operation(summary = "Change an item's words as of its version; when someone changed it meanwhile, 409 with the text as it now reads, and nothing is written")
	SessionItem revise(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long itemId,
			@RequestBody ItemRevision revision) {
		return cocreation.revise(caller, id, itemId, revision);
	}

	@PostMapping(SESSIONS + "{id}/items/{itemId}/comments")
	@Operation(summary = "Comment on an item")
	ResponseEntity<ItemComment> comment(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long itemId, @RequestBody NewItemComment comment,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, target(request), comment, ItemComment.class,
				() -> cocreation.comment(caller, id, itemId, comment), given -> URI.create(SESSIONS + id));
	}

	@PutMapping(SESSIONS + "{id}/items/{itemId}/plus-one")
	@Operation(summary = "+1 an item (once per person; repeating it changes nothing)")
	ResponseEntity<Void> plusOne(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long itemId) {
		cocreation.plusOne(caller, id, itemId, true);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping(SESSIONS + "{id}/items/{itemId}/plus-one")
	@Operation(summary = "Take your +1 back")
	ResponseEntity<Void> withdrawPlusOne(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long itemId) {
		cocreation.plusOne(caller, id, itemId, false);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(SESSIONS + "{id}/items/{itemId}/votes")
	@Operation(summary = "Put one of your dots on a proposed objective during the voting round; refused when you have none left. Send an Idempotency-Key so that a retry does not spend a second dot")
	ResponseEntity<VotesLeft> vote(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long itemId,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, target(request), itemId, VotesLeft.class,
				() -> cocreation.vote(caller, id, itemId), cast -> URI.create(SESSIONS + id));
	}

	@DeleteMapping(SESSIONS + "{id}/items/{itemId}/votes")
	@Operation(summary = "Take one of your dots back from an objective during the voting round")
	VotesLeft unvote(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long itemId) {
		return cocreation.unvote(caller, id, itemId);
	}

	@PostMapping(SESSIONS + "{id}/items/{itemId}/decision")
	@Operation(summary = "Adopt, drop (with a reason) or reconsider an item (a facilitator), as of its version; adopting is refused when the caps would not hold")
	SessionItem decide(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long itemId,
			@RequestBody ItemDecision decision) {
		return cocreation.decide(caller, id, itemId, decision);
	}

	@PostMapping(SESSIONS + "{id}/voting")
	@Operation(summary = "Start the voting round (a facilitator), as of the session's version")
	CoCreationSession startVoting(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody SessionTransition transition) {
		return cocreation.startVoting(caller, id, transition);
	}

	@PostMapping(SESSIONS + "{id}/reveal")
	@Operation(summary = "Reveal everyone's dots at once (a facilitator), as of the session's version")
	CoCreationSession reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody SessionTransition transition) {
		return cocreation.reveal(caller, id, transition);
	}

	@PostMapping(SESSIONS + "{id}/finish")
	@Operation(summary = "Finish the session (a facilitator): adopted objectives become the team's draft objectives with their adopted key results and links, and adopted requests are sent")
	CoCreationSession finish(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody SessionTransition transition) {
		return cocreation.finish(caller, id, transition);
	}

	@PutMapping(SESSIONS + "{id}/timer")
	@Operation(summary = "Set the facilitator's timer to ring on every board after so many minutes")
	CoCreationSession setTimer(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody TimerSetting timer) {
		return cocreation.setTimer(caller, id, timer);
	}

	@DeleteMapping(SESSIONS + "{id}/timer")
	@Operation(summary = "Clear the facilitator's timer")
	CoCreationSession clearTimer(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return cocreation.setTimer(caller, id, null);
	}

	@GetMapping("/api/v1/objectives/{objectiveId}/co-creation-origin")
	@Operation(summary = "Whether the objective came out of a co-creation session, and who proposed it")
	ResponseEntity<ObjectiveOrigin> origin(@AuthenticationPrincipal Caller caller, @PathVariable long objectiveId) {
		return cocreation.originOf(caller, objectiveId).map(ResponseEntity::ok).orElseThrow(
				() -> new NotFoundException("cocreation-origin", objectiveId));
	}

	private static String target(HttpServletRequest request) {
		return "POST " + request.getRequestURI();
	}
}
