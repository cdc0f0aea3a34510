package dev.lodestar.notifications;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

import dev.lodestar.platform.errors.InvalidInputException;

/** The time zones people choose from: the region names the Java runtime knows, as pickers show them. */
public final class TimeZones {

	/** Computed once: pickers render the list on every settings page. */
	private static final List<String> CHOICES = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
			ZoneId.getAvailableZoneIds().stream()
				.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
				.sorted())
		.toList();

	private TimeZones() {
	}

	/** Region names, sorted, UTC first. */
	public static List<String> choices() {
		return CHOICES;
	}

	/** The zone named, refused on {@code field} when the runtime does not know it. */
	static ZoneId require(String field, String name) {
		try {
			return ZoneId.of(name);
		}
		catch (DateTimeException unknown) {
			throw InvalidInputException.of(field, "validation.time-zone", name);
		}
	}
}
