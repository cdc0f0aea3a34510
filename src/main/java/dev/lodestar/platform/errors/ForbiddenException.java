package dev.lodestar.platform.errors;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The caller may see the thing but not do this to it. */
public class ForbiddenException extends Problem {

	public ForbiddenException(String detailKey, Object... args) {
		super(HttpStatus.FORBIDDEN, "forbidden", detailKey, List.of(), args);
	}
}
