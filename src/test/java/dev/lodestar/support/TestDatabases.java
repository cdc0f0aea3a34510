package dev.lodestar.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses the database of the integration tests: H2 in memory by default (surefire), real PostgreSQL
 * binaries when {@code lodestar.test.database=postgresql} (failsafe). The same tests run on both.
 */
public final class TestDatabases {

	private static EmbeddedPostgres postgres;

	private TestDatabases() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		if ("postgresql".equals(System.getProperty("lodestar.test.database"))) {
			EmbeddedPostgres server = postgres();
			registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
			registry.add("spring.datasource.username", () -> "postgres");
			registry.add("spring.datasource.password", () -> "");
		}
		else {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:lodestar-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}

	public static boolean onPostgres() {
		return "postgresql".equals(System.getProperty("lodestar.test.database"));
	}

	private static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is ending; the data directory is temporary anyway
				}
			}));
		}
		return postgres;
	}
}
