package dev.lodestar.cocreation;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.lodestar.platform.errors.Problem;

/**
 * Someone changed the item since the caller read it. The refusal says how it reads now, so nobody's words are lost:
 * the caller sees theirs beside the current ones and may save again over them, knowingly.
 */
public class ItemChangedMeanwhileException extends Problem {

	private final transient SessionItem current;

	ItemChangedMeanwhileException(SessionItem current) {
		super(HttpStatus.CONFLICT, "cocreation-item-changed", "problem.cocreation-item-changed.detail", List.of(),
				current.text());
		this.current = current;
	}

	/** The item as it is now, with its version. */
	public SessionItem current() {
		return current;
	}

	/** The API answers with the item as it is now, so a client can show it and save again over its version. */
	@Override
	public Map<String, Object> properties() {
		return Map.of("current", current);
	}
}
