package dev.lodestar.webhooks;

/** What a webhook can hear about, and the {@code type} its deliveries carry. */
public enum WebhookEvent {

	OBJECTIVE_CREATED("objective.created"), OBJECTIVE_CHANGED("objective.changed"),
	KEY_RESULT_CREATED("key_result.created"), KEY_RESULT_CHANGED("key_result.changed"),
	CHECK_IN_RECORDED("check_in.recorded"),

	/** That a key result was scored, never the score: only a person's own webhooks hear it. */
	SCORE_RECORDED("score.recorded");

	private final String type;

	WebhookEvent(String type) {
		this.type = type;
	}

	/** The name integrators read in a delivery, e.g. {@code check_in.recorded}. */
	public String type() {
		return type;
	}
}
