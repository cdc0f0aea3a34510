package dev.lodestar.notifications;

/**
 * A notification that never can be delivered as it stands — its recipient left, e-mail is off, its group's webhook
 * is gone — so it is given up at once rather than tried five more times. The reason is a code that the admins'
 * deliveries page shows in the reader's language ({@code notifications.failure.<code>}).
 */
class Undeliverable extends Exception {

	private static final long serialVersionUID = 1L;

	private final String code;

	Undeliverable(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	String code() {
		return code;
	}
}
