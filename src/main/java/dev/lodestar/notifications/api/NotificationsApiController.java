package dev.lodestar.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.notifications.Delivery;
import dev.lodestar.notifications.DeliveryFilter;
import dev.lodestar.notifications.NotificationManagement;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@Tag(name = "Notifications")
class NotificationsApiController {

	private final NotificationManagement notifications;

	NotificationsApiController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "Deliveries of notifications (admins), newest first: FAILED (given up), RETRYING (failed, to be tried again) or ALL")
	Page<Delivery> listDeliveries(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "FAILED") String state,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return notifications.deliveries(caller, filterOf(state), PageQuery.of(page, size));
	}

	@PostMapping("/api/v1/notifications/{id}/retry")
	@Operation(summary = "Put a failed delivery back in line (admins); anything but a failed one is refused with 409")
	ResponseEntity<Void> retryDelivery(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		notifications.retry(caller, id);
		return ResponseEntity.noContent().build();
	}

	private static DeliveryFilter filterOf(String state) {
		return DeliveryFilter.named(state)
			.orElseThrow(() -> InvalidInputException.of("state", "validation.one-of", "FAILED, RETRYING, ALL"));
	}
}
