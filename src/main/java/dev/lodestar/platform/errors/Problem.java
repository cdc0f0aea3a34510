package dev.lodestar.platform.errors;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal the caller can act on. It carries message keys, never text: the words are chosen in the
 * caller's language when the problem is rendered, as {@code application/problem+json} or next to a form field.
 */
public abstract class Problem extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String detailKey;

	private final transient Object[] args;

	private final List<FieldViolation> violations;

	protected Problem(HttpStatus status, String code, String detailKey, List<FieldViolation> violations, Object... args) {
		super(code + ": " + detailKey, null, false, false);
		this.status = status;
		this.code = code;
		this.detailKey = detailKey;
		this.violations = List.copyOf(violations);
		this.args = args.clone();
	}

	public HttpStatus status() {
		return status;
	}

	/** A stable, kebab-case name of the kind of problem; clients switch on it (it ends the problem's type URI). */
	public String code() {
		return code;
	}

	public String detailKey() {
		return detailKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public List<FieldViolation> violations() {
		return violations;
	}

	/** More for a client to act on, beside the words: e.g. the thing as it is now, when a change came too late. */
	public Map<String, Object> properties() {
		return Map.of();
	}
}
