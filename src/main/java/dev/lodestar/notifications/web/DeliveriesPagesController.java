package dev.lodestar.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.notifications.DeliveryFilter;
import dev.lodestar.notifications.NotificationManagement;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** Admins follow deliveries, the failed ones first, and put a failed one back in line. */
@Controller
class DeliveriesPagesController {

	private final NotificationManagement notifications;

	DeliveriesPagesController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/admin/notifications")
	String showDeliveries(Shell shell, @RequestParam(defaultValue = "FAILED") String state,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String done, Model model) {
		// an unknown filter in the address shows the failed ones, as the page opens
		DeliveryFilter filter = DeliveryFilter.named(state).orElse(DeliveryFilter.FAILED);
		model.addAttribute("page", new DeliveriesPage(shell, filter,
				notifications.deliveries(shell.caller(), filter, PageQuery.of(page, null)),
				"retried".equals(done) ? "notifications.deliveries.retried" : null));
		return "notifications/deliveries-page";
	}

	@PostMapping("/admin/notifications/{id}/retry")
	String retryDelivery(Shell shell, @PathVariable long id) {
		notifications.retry(shell.caller(), id);
		return "redirect:/admin/notifications?done=retried";
	}
}
