package dev.lodestar.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/** What admins see of deliveries — failed ones first of all — and how they put a failed one back in line. */
@Service
public class NotificationManagement {

	private final NotificationRepository notifications;

	private final PeopleManagement people;

	private final Clock clock;

	private final TeamManagement teams;

	NotificationManagement(NotificationRepository notifications, PeopleManagement people, TeamManagement teams,
			Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * A page of deliveries, newest first, with their recipients' names — a person's, or a team's for its chat group;
	 * none for the organisation's group: four queries.
	 */
	@Transactional(readOnly = true)
	public Page<Delivery> deliveries(Caller caller, DeliveryFilter filter, PageQuery page) {
		caller.requireAdmin();
		List<Delivery> found = notifications.deliveries(filter, page.offset(), page.size());
		Map<Long, String> names = people.namesOf(found.stream().map(Delivery::recipientId).filter(Objects::nonNull).toList());
		Map<Long, String> teamNames = teams.namesOf(found.stream().map(Delivery::teamId).filter(Objects::nonNull).toList());
		return Page.of(found.stream()
			.map(delivery -> delivery.named(delivery.recipientId() != null ? names.getOrDefault(delivery.recipientId(), "")
					: delivery.teamId() != null ? teamNames.getOrDefault(delivery.teamId(), "") : ""))
			.toList(), page, notifications.countDeliveries(filter));
	}

	/** Puts a failed delivery back in line: the next delivery run tries it again. */
	@Transactional
	public void retry(Caller caller, long id) {
		caller.requireAdmin();
		Notification notification = notifications.find(id).orElseThrow(() -> new NotFoundException("notification", id));
		if (notification.state() != Notification.State.FAILED || !notifications.retry(id, clock.instant())) {
			throw new RuleViolationException("notification-not-failed", "problem.notification-not-failed.detail", id);
		}
	}
}
