package dev.lodestar.webhooks.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.webhooks.NewWebhook;
import dev.lodestar.webhooks.WebhookEvent;

/** A webhook to register, as the form sends it: the address, the events ticked, and whether it is the organisation's. */
public record WebhookForm(String url, List<String> events, Boolean organisation, String idempotencyKey) {

	static WebhookForm empty() {
		return new WebhookForm("", List.of(), false, null);
	}

	public boolean ticked(WebhookEvent event) {
		return events != null && events.contains(event.name());
	}

	NewWebhook toNewWebhook() {
		Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
		for (String name : events == null ? List.<String>of() : events) {
			try {
				chosen.add(WebhookEvent.valueOf(name));
			}
			catch (IllegalArgumentException unknown) {
				throw InvalidInputException.of("events", "validation.one-of",
						String.join(", ", EnumSet.allOf(WebhookEvent.class).stream().map(Enum::name).toList()));
			}
		}
		return new NewWebhook(url, chosen, Boolean.TRUE.equals(organisation));
	}
}
