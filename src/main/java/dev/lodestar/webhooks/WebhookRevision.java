package dev.lodestar.webhooks;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes a webhook's address, events, or pauses it ({@code active} false); {@code version} is the one read. */
public record WebhookRevision(@Size(max = 500) String url, @NotEmpty Set<WebhookEvent> events, @NotNull Boolean active,
		@NotNull Integer version) {
}
