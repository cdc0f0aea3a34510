package dev.lodestar.platform.errors;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** No such thing, or one the caller may not see: a private objective is absent, not forbidden. */
public class NotFoundException extends Problem {

	/** @param subject the glossary word of the thing, e.g. {@code objective}; translated as {@code subject.objective} */
	public NotFoundException(String subject, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", "problem.not-found.detail", List.of(),
				new DefaultMessageSourceResolvable("subject." + subject), String.valueOf(id));
	}
}
