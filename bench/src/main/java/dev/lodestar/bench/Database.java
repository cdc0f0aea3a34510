package dev.lodestar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** PostgreSQL 15 from Maven Central's embedded binaries (the ones the application's tests use), on a free port. */
final class Database implements AutoCloseable {

	static final String USER = "postgres";

	static final String NAME = "postgres";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final Path log;

	private Database(EmbeddedPostgres postgres, Path dataDirectory, Path log) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.log = log;
	}

	/** Starts on an empty data directory; {@code keep} leaves it in place when closed. */
	static Database start(Path dataDirectory, Path log, Map<String, String> settings, boolean keep) throws IOException {
		deleteTree(dataDirectory);
		Files.createDirectories(dataDirectory);
		Files.deleteIfExists(log);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(!keep)
			// the bench stops the server itself, in a finally block and in its own shutdown hook
			.setRegisterShutdownHook(false)
			.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
		settings.forEach(builder::setServerConfig);
		return new Database(builder.start(), dataDirectory, log);
	}

	int port() {
		return postgres.getPort();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port() + "/" + NAME;
	}

	/** The postmaster's process id, from its pid file, to measure its CPU time; -1 if unknown. */
	long postmasterPid() {
		try {
			return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), USER, "");
	}

	/** The server's version and the settings that matter most for write latency. */
	Map<String, String> describe() {
		Map<String, String> facts = new LinkedHashMap<>();
		try (Connection connection = connect(); var statement = connection.createStatement()) {
			for (String query : new String[] { "select version()", "show synchronous_commit", "show fsync",
					"show shared_buffers", "show max_connections" }) {
				try (var rows = statement.executeQuery(query)) {
					rows.next();
					facts.put(query.replace("select ", "").replace("show ", ""), rows.getString(1));
				}
			}
		}
		catch (SQLException e) {
			facts.put("error", e.getMessage());
		}
		return facts;
	}

	/** Row counts of the main tables and the database's size, to check what the workload really created. */
	Map<String, Long> census() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = connect(); var statement = connection.createStatement()) {
			for (String table : new String[] { "person", "api_token", "team", "team_membership", "cycle", "objective",
					"key_result", "check_in", "history_entry", "idempotency_key" }) {
				try (var rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
			try (var rows = statement.executeQuery("select pg_database_size(current_database())")) {
				rows.next();
				counts.put("database bytes", rows.getLong(1));
			}
		}
		return counts;
	}

	/**
	 * The SQL statements one call makes the application send: PostgreSQL logs every statement
	 * ({@code log_statement=all}, turned on for the call only) and the lines it logs meanwhile are counted.
	 * Transaction control (BEGIN, COMMIT, SET, ...) and the pool's connection checks (an empty statement) are
	 * counted apart from the statements that read or write.
	 */
	StatementCount countStatements(java.util.concurrent.Callable<?> call) throws Exception {
		try (Connection connection = connect(); var statement = connection.createStatement()) {
			statement.execute("alter system set log_statement = 'all'");
			statement.execute("select pg_reload_conf()");
			// every backend rereads the configuration before its next command; give them a moment to see the signal
			Thread.sleep(500);
			long from = Files.size(log);
			try {
				call.call();
				Thread.sleep(300);
			}
			finally {
				statement.execute("alter system reset log_statement");
				statement.execute("select pg_reload_conf()");
			}
			long to = Files.size(log);
			byte[] logged;
			try (var in = Files.newInputStream(log)) {
				in.skipNBytes(from);
				logged = in.readNBytes((int) (to - from));
			}
			int statements = 0;
			int control = 0;
			java.util.List<String> texts = new java.util.ArrayList<>();
			var pattern = java.util.regex.Pattern.compile("LOG:  (?:statement|execute [^:]*): (.*)");
			for (String line : new String(logged, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				var matcher = pattern.matcher(line);
				if (!matcher.find() || line.contains("log_statement") || line.contains("pg_reload_conf")) {
					continue;
				}
				String sql = matcher.group(1).strip();
				String first = sql.split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
				// an empty statement is the pool checking an idle connection (JDBC isValid), not the call's work
				if (sql.isEmpty() || java.util.Set.of("BEGIN", "COMMIT", "ROLLBACK", "SET", "SHOW", "START", "RESET").contains(first)) {
					control++;
				}
				else {
					statements++;
					texts.add(sql.length() > 100 ? sql.substring(0, 100) + "…" : sql);
				}
			}
			return new StatementCount(statements, control, texts);
		}
	}

	/** What {@link #countStatements} saw: statements that read or write, transaction control, and the first words of each. */
	record StatementCount(int statements, int transactionControl, java.util.List<String> texts) {
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
