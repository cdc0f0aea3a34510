package dev.lodestar.platform.web;

import java.util.ArrayList;
import java.util.List;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

/** Which page of a list the caller wants; pages count from 0, and no page is larger than {@value #MAX_SIZE}. */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		List<FieldViolation> violations = new ArrayList<>();
		if (page < 0) {
			violations.add(new FieldViolation("page", "validation.Min", 0));
		}
		if (size < 1 || size > MAX_SIZE) {
			violations.add(new FieldViolation("size", "validation.Range", 1, MAX_SIZE));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
