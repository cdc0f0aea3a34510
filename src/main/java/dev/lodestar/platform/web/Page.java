package dev.lodestar.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

	public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
		return new Page<>(List.copyOf(items), query.page(), query.size(), totalItems,
				(totalItems + query.size() - 1) / query.size());
	}

	public <R> Page<R> map(Function<? super T, R> mapper) {
		return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
	}
}
