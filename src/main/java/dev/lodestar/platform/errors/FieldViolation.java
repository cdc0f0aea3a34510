package dev.lodestar.platform.errors;

/** One field's reason for being refused, as a message key and its arguments. */
public record FieldViolation(String field, String messageKey, Object... args) {

	public FieldViolation {
		args = args.clone();
	}

	@Override
	public Object[] args() {
		return args.clone();
	}
}
