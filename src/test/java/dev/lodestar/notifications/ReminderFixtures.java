package dev.lodestar.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

import dev.lodestar.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** People with key results of an active cycle, and the moment of a check-in day that is past for all of them. */
final class ReminderFixtures {

	/** Someone and their key result: the one they should be reminded of. */
	record Owner(Api.Session session, String email, long objectiveId, long keyResultId) {
	}

	private final Api api;

	private final long cycleId;

	ReminderFixtures(Api api) {
		this.api = api;
		this.cycleId = api.newCycle("ACTIVE");
	}

	long cycleId() {
		return cycleId;
	}

	Owner owner(String name) {
		var person = api.newPerson(name);
		long objective = api.newPersonalObjective(person, cycleId, "Delight the customers of " + name);
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
		return new Owner(person, Api.read(api.get("/api/v1/people/me", person), "$.email"), objective, keyResult);
	}

	long keyResult(Owner owner) {
		return api.newKeyResult(owner.session(), owner.objectiveId(), "INCREASE", 0, 20);
	}

	void checkIn(Owner owner, long keyResultId) {
		checkIn(owner, keyResultId, 6);
	}

	void checkIn(Owner owner, long keyResultId, int confidence) {
		assertThat(api.post("/api/v1/key-results/" + keyResultId + "/check-ins", owner.session(),
				Map.of("value", 5, "confidence", confidence))).hasStatus(201);
	}

	void choose(Owner owner, String timeZone, boolean email, boolean muted) {
		Map<String, Object> settings = new HashMap<>();
		settings.put("timeZone", timeZone);
		settings.put("email", email);
		settings.put("chat", true);
		settings.put("muted", muted);
		settings.put("version", 0);
		assertThat(api.put("/api/v1/people/me/notification-settings", owner.session(), settings)).hasStatusOk();
	}

	/**
	 * The organisation's check-in day {@code weeksAgo} weeks back. Each test takes its own week and its own time
	 * zones, and moments at which it is not yet the reminder hour in UTC: a zone's run of a day is claimed once, and the
	 * many people of other tests (in the organisation's UTC) are not reminded on the way. Check-ins made now fall after
	 * that day, in its check-in week or later.
	 */
	LocalDate checkInDay(int weeksAgo) {
		DayOfWeek day = DayOfWeek.valueOf(Api.read(api.get("/api/v1/policy/check-ins", api.admin()), "$.weekday"));
		return LocalDate.now(ZoneOffset.UTC).minusWeeks(weeksAgo).with(TemporalAdjusters.previousOrSame(day));
	}

	static Instant utc(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).toInstant(ZoneOffset.UTC);
	}
}
