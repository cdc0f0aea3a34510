package dev.lodestar.notifications.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.notifications.Delivery;
import dev.lodestar.notifications.DeliveryFilter;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageLinks;
import dev.lodestar.platform.web.Shell;

/**
 * Deliveries for an admin: failed ones by default, with what went wrong and a way to try again.
 *
 * @param notice a message key saying what just happened; absent otherwise
 */
public record DeliveriesPage(Shell shell, DeliveryFilter filter, Page<Delivery> deliveries, String notice) {

	public List<DeliveryFilter> filters() {
		return List.of(DeliveryFilter.values());
	}

	public PageLinks links() {
		return PageLinks.of(deliveries, "/admin/notifications", "/admin/notifications", Map.of("state", filter.name()));
	}
}
