package dev.lodestar.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where the pages before and after one page of a list are: as addresses for the browser, and as the fragment
 * htmx fetches to replace just the list. Absent links mean there is no such page.
 */
public record PageLinks(int page, long totalPages, long totalItems, String previous, String next, String previousFragment,
		String nextFragment) {

	/**
	 * @param path the page's address, e.g. {@code /admin/people}
	 * @param fragmentPath the address of the list alone, e.g. {@code /admin/people/rows}
	 * @param query the list's other parameters (search text, filters); blank ones are left out
	 */
	public static PageLinks of(Page<?> list, String path, String fragmentPath, Map<String, String> query) {
		boolean hasPrevious = list.page() > 0;
		boolean hasNext = list.page() + 1 < list.totalPages();
		String previous = hasPrevious ? query(query, list.page() - 1) : null;
		String next = hasNext ? query(query, list.page() + 1) : null;
		return new PageLinks(list.page(), list.totalPages(), list.totalItems(), previous == null ? null : path + previous,
				next == null ? null : path + next, previous == null ? null : fragmentPath + previous,
				next == null ? null : fragmentPath + next);
	}

	/** The address of this very page, for {@code HX-Push-Url}: what the browser shows after htmx changed the list. */
	public static String address(String path, Map<String, String> query, int page) {
		return path + query(query, page);
	}

	public boolean several() {
		return totalPages > 1;
	}

	private static String query(Map<String, String> query, int page) {
		StringJoiner parts = new StringJoiner("&", "?", "");
		query.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		if (page > 0) {
			parts.add("page=" + page);
		}
		return parts.length() == 1 ? "" : parts.toString();
	}
}
