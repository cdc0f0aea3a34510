package dev.lodestar.webhooks.api;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.webhooks.NewWebhook;
import dev.lodestar.webhooks.RegisteredWebhook;
import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookDelivery;
import dev.lodestar.webhooks.WebhookManagement;
import dev.lodestar.webhooks.WebhookRevision;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhooksApiController {

	private final WebhookManagement webhooks;

	private final IdempotentRequests idempotent;

	WebhooksApiController(WebhookManagement webhooks, IdempotentRequests idempotent) {
		this.webhooks = webhooks;
		this.idempotent = idempotent;
	}

	@PostMapping
	@Operation(summary = "Register a webhook: your own (about what you own, scores included) or, for admins with organisation true, "
			+ "the organisation's (about public objectives, never scores). The signing secret is in this answer only; every "
			+ "delivery carries X-Lodestar-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">")
	ResponseEntity<RegisteredWebhook> registerWebhook(@AuthenticationPrincipal Caller caller, @RequestBody NewWebhook webhook,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), webhook, RegisteredWebhook.class,
				() -> webhooks.register(caller, webhook),
				registered -> URI.create("/api/v1/webhooks/" + registered.webhook().id()));
	}

	@GetMapping
	@Operation(summary = "Your webhooks, and for admins the organisation's too, without their secrets")
	List<Webhook> listWebhooks(@AuthenticationPrincipal Caller caller) {
		return webhooks.visibleTo(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of your webhooks (admins: or the organisation's)")
	Webhook showWebhook(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return webhooks.find(caller, id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a webhook's address or events, or pause it (active false); send the version you read")
	Webhook reviseWebhook(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody WebhookRevision revision) {
		return webhooks.revise(caller, id, revision);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a webhook and its log")
	ResponseEntity<Void> removeWebhook(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		webhooks.remove(caller, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "The webhook's delivery log, newest first: each event's state, attempts, the answer's status and the last error")
	Page<WebhookDelivery> listWebhookDeliveries(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return webhooks.deliveries(caller, id, PageQuery.of(page, size));
	}

	@PostMapping("/{id}/deliveries/{deliveryId}/retry")
	@Operation(summary = "Put a FAILED delivery back in line; it is posted at the next run")
	WebhookDelivery retryWebhookDelivery(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long deliveryId) {
		return webhooks.retry(caller, id, deliveryId);
	}
}
