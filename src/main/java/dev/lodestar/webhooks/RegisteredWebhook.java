package dev.lodestar.webhooks;

/** A webhook just registered, with the secret that signs its deliveries: shown this once. */
public record RegisteredWebhook(Webhook webhook, String secret) {
}
