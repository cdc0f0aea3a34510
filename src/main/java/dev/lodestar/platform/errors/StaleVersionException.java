package dev.lodestar.platform.errors;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** Someone else changed the thing since the caller read it; applying the change would lose theirs. */
public class StaleVersionException extends Problem {

	public StaleVersionException(String subject, long id) {
		super(HttpStatus.CONFLICT, "stale-version", "problem.stale-version.detail", List.of(),
				new DefaultMessageSourceResolvable("subject." + subject), String.valueOf(id));
	}
}
