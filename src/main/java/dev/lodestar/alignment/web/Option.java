package dev.lodestar.alignment.web;

/** One option of a select: the value sent, and what the reader sees. */
public record Option(String value, String label) {

	static Option of(long id, String label) {
		return new Option(String.valueOf(id), label);
	}
}
