package dev.lodestar.checkins;

import java.time.DayOfWeek;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CheckInPolicyRepository {

	private final JdbcClient jdbc;

	CheckInPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CheckInPolicy current() {
		return jdbc.sql("select weekday, version from check_in_policy where id = 1")
			.query((rs, n) -> new CheckInPolicy(DayOfWeek.valueOf(rs.getString("weekday")), rs.getInt("version")))
			.single();
	}

	/** @return false when the version is no longer the stored one */
	boolean update(DayOfWeek weekday, int expectedVersion) {
		return jdbc.sql("update check_in_policy set weekday = ?, version = version + 1 where id = 1 and version = ?")
			.params(weekday.name(), expectedVersion)
			.update() == 1;
	}
}
