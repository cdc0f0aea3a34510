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
}
