package dev.lodestar.notifications;

import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation's notification policy (one row) and each person's settings (a row once they chose). */
@Repository
class NotificationSettingsRepository {

	private final JdbcClient jdbc;

	NotificationSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NotificationPolicy policy() {
		return jdbc.sql("select reminder_hour, time_zone, version from notification_policy where id = 1")
			.query((rs, row) -> new NotificationPolicy(rs.getInt("reminder_hour"), rs.getString("time_zone"), rs.getInt("version")))
			.single();
	}

	/** @return false when the version is no longer the stored one */
	boolean updatePolicy(int reminderHour, String timeZone, int expectedVersion) {
		return jdbc.sql("update notification_policy set reminder_hour = ?, time_zone = ?, version = version + 1 "
				+ "where id = 1 and version = ?")
			.params(reminderHour, timeZone, expectedVersion)
			.update() == 1;
	}

	Optional<NotificationSettings> settingsOf(long personId) {
		return jdbc.sql("select time_zone, email, chat, muted, version from notification_settings where person_id = ?")
			.param(personId)
			.query((rs, row) -> new NotificationSettings(rs.getString("time_zone"), rs.getBoolean("email"),
					rs.getBoolean("chat"), rs.getBoolean("muted"), rs.getInt("version")))
			.optional();
	}

	void insert(long personId, NotificationSettings settings, Instant at) {
		jdbc.sql("insert into notification_settings (person_id, time_zone, email, chat, muted, version, updated_at) "
				+ "values (?, ?, ?, ?, ?, 1, ?)")
			.params(personId, settings.timeZone(), settings.email(), settings.chat(), settings.muted(), timestamp(at))
			.update();
	}

	/** @return false when the version is no longer the stored one */
	boolean update(long personId, NotificationSettings settings, Instant at) {
		return jdbc.sql("update notification_settings set time_zone = ?, email = ?, chat = ?, muted = ?, "
				+ "version = version + 1, updated_at = ? where person_id = ? and version = ?")
			.params(settings.timeZone(), settings.email(), settings.chat(), settings.muted(), timestamp(at), personId,
					settings.version())
			.update() == 1;
	}

	/** Everyone who chose their settings, by person: one query. */
	java.util.Map<Long, NotificationSettings> chosen() {
		java.util.Map<Long, NotificationSettings> chosen = new java.util.HashMap<>();
		jdbc.sql("select person_id, time_zone, email, chat, muted, version from notification_settings")
			.query(rs -> {
				chosen.put(rs.getLong("person_id"), new NotificationSettings(rs.getString("time_zone"), rs.getBoolean("email"),
						rs.getBoolean("chat"), rs.getBoolean("muted"), rs.getInt("version")));
			});
		return chosen;
	}

	/** Every team's own reminder day: one query. */
	java.util.Map<Long, java.time.DayOfWeek> reminderDays() {
		java.util.Map<Long, java.time.DayOfWeek> days = new java.util.HashMap<>();
		jdbc.sql("select team_id, weekday from team_reminder_day")
			.query(rs -> {
				days.put(rs.getLong("team_id"), java.time.DayOfWeek.valueOf(rs.getString("weekday")));
			});
		return days;
	}

	Optional<TeamReminderDay> reminderDayOf(long teamId) {
		return jdbc.sql("select weekday, version from team_reminder_day where team_id = ?")
			.param(teamId)
			.query((rs, row) -> new TeamReminderDay(java.time.DayOfWeek.valueOf(rs.getString("weekday")), rs.getInt("version")))
			.optional();
	}

	void insertReminderDay(long teamId, java.time.DayOfWeek weekday) {
		jdbc.sql("insert into team_reminder_day (team_id, weekday, version) values (?, ?, 1)").params(teamId, weekday.name()).update();
	}

	/** @return false when the version is no longer the stored one */
	boolean updateReminderDay(long teamId, java.time.DayOfWeek weekday, int expectedVersion) {
		return jdbc.sql("update team_reminder_day set weekday = ?, version = version + 1 where team_id = ? and version = ?")
			.params(weekday.name(), teamId, expectedVersion)
			.update() == 1;
	}

	/** @return false when the version is no longer the stored one */
	boolean deleteReminderDay(long teamId, int expectedVersion) {
		return jdbc.sql("delete from team_reminder_day where team_id = ? and version = ?").params(teamId, expectedVersion)
			.update() == 1;
	}
}
