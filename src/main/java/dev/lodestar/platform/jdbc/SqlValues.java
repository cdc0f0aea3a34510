package dev.lodestar.platform.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Conversions that H2 and PostgreSQL drivers agree on: instants travel as UTC {@link OffsetDateTime}
 * (the PostgreSQL driver does not bind {@link Instant}), decimals come back without padding zeros.
 */
public final class SqlValues {

	private SqlValues() {
	}

	public static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		return plain(rs.getBigDecimal(column));
	}

	/** 12.5000 reads 12.5 and 100.0000 reads 100, never 1E+2. */
	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		if (value.signum() == 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** A LIKE pattern finding the text anywhere, case-insensitively against a lower-cased column. */
	public static String containing(String text) {
		if (text == null || text.isBlank()) {
			return "%";
		}
		String escaped = text.trim()
			.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	public static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
