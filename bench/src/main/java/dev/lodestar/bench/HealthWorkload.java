package dev.lodestar.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * OKR health at scale ({@code --health}): an organisation of 200,000 people in 20,000 teams (x scale) with 1,000,000
 * key results in the current quarter and as many in the quarter before, written straight into PostgreSQL with a few
 * set-based statements (a million key results through the API would take hours), then measured through the API and
 * the pages: a full recompute of each quarter, how long a check-in takes to reach its team's stored health, and the
 * organisation's and a team's health read from stored results.
 */
final class HealthWorkload {

	static final int TEAMS = 20_000;

	static final int PEOPLE_PER_TEAM = 10;

	static final int TEAM_OBJECTIVES = 4;

	/** Weeks of the current quarter already over: its check-ins cover them. */
	static final int WEEKS_DONE = 7;

	static final int CHECK_INS_MEASURED = 100;

	static final int READS = 200;

	static final int WARMUP = 30;

	private static final String DOMAIN = "@health.bench.lodestar.test";

	private static final String TOKEN_PREFIX = "lds_bench_health_";

	/** What the run measured, for the report. */
	record Outcome(Map<String, Long> seeded, double seedSeconds, double recomputeCurrentSeconds,
			double recomputePreviousSeconds, int teamsCurrent, int teamsPrevious, long storedRows, Samples checkInAnswer,
			Samples checkInToHealth, Samples afterAnswer, int lateUpdates, Map<String, Samples> reads,
			Map<String, Database.StatementCount> statements, int errors, List<String> firstErrors) {
	}

	private final int teams;

	private final int people;

	private final int departments;

	private final int groups;

	private final Http http;

	private final Database database;

	private final Random random = new Random(8);

	private final List<String> firstErrors = new ArrayList<>();

	private int errors;

	private long personBase;

	private long teamBase;

	private long currentCycle;

	private long previousCycle;

	private LocalDate currentStart;

	HealthWorkload(double scale, Http http, Database database) {
		this.teams = Math.max(20, (int) Math.round(TEAMS * scale));
		this.people = teams * PEOPLE_PER_TEAM;
		this.departments = Math.max(1, teams / 100);
		this.groups = Math.max(2, teams / 10);
		this.http = http;
		this.database = database;
	}

	static String describe(double scale) {
		int teams = Math.max(20, (int) Math.round(TEAMS * scale));
		return ("OKR health on %,d people in %,d teams (a tree four deep), two quarters of ~%,d key results each, "
				+ "written in SQL; then a full recompute of each quarter, %d check-ins followed to their team's health, "
				+ "%d reads of each health page and API call").formatted(teams * PEOPLE_PER_TEAM, teams, teams * 50,
						CHECK_INS_MEASURED, READS);
	}

	Outcome run() throws Exception {
		long begin = System.nanoTime();
		Map<String, Long> seeded = seed();
		double seedSeconds = (System.nanoTime() - begin) / 1e9;
		System.out.printf("seeded in %.1f s: %s%n", seedSeconds, seeded);
		String admin = signIn(AppServer.ADMIN_EMAIL, AppServer.ADMIN_PASSWORD);

		double previous = recompute(admin, previousCycle, "previous quarter");
		int teamsPrevious = lastTeams;
		double current = recompute(admin, currentCycle, "current quarter");
		int teamsCurrent = lastTeams;
		long stored = scalar("select count(*) from health_result");

		Samples answer = new Samples();
		Samples toHealth = new Samples();
		Samples afterAnswer = new Samples();
		int late = followCheckIns(answer, toHealth, afterAnswer);

		Map<String, Samples> reads = new LinkedHashMap<>();
		Map<String, Database.StatementCount> statements = new LinkedHashMap<>();
		readStored(admin, reads, statements);
		return new Outcome(seeded, seedSeconds, current, previous, teamsCurrent, teamsPrevious, stored, answer, toHealth,
				afterAnswer, late, reads, statements, errors, firstErrors);
	}

	// ---- seeding ----

	private Map<String, Long> seed() throws Exception {
		LocalDate today = LocalDate.now();
		currentStart = today.minusWeeks(WEEKS_DONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate currentEnd = currentStart.plusDays(90);
		LocalDate previousStart = currentStart.minusDays(91);
		LocalDate previousEnd = currentStart.minusDays(1);
		try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
			personBase = scalar(sql, "select coalesce(max(id), 0) + 1 from person");
			teamBase = scalar(sql, "select coalesce(max(id), 0) + 1 from team");
			long objectiveBase = scalar(sql, "select coalesce(max(id), 0) + 1 from objective");
			previousCycle = scalar(sql, ("insert into cycle (name, starts_on, ends_on, state, version, created_at, updated_at) "
					+ "values ('Bench previous quarter', date '%s', date '%s', 'CLOSED', 0, now(), now()) returning id")
				.formatted(previousStart, previousEnd));
			currentCycle = scalar(sql, ("insert into cycle (name, starts_on, ends_on, state, version, created_at, updated_at) "
					+ "values ('Bench quarter', date '%s', date '%s', 'ACTIVE', 0, now(), now()) returning id")
				.formatted(currentStart, currentEnd));
			step(sql, "people", """
					insert into person (id, name, email, password_hash, locale, admin, active, version, created_at, updated_at)
					select %d + i, 'Person ' || i, 'p' || i || '%s', (select password_hash from person where email = '%s'),
					       case when i %% 3 = 0 then 'zh-CN' else 'en' end, false, true, 0, now(), now()
					from generate_series(0, %d) i""".formatted(personBase, DOMAIN, AppServer.ADMIN_EMAIL, people - 1));
			step(sql, "teams", """
					insert into team (id, name, parent_id, version, created_at, updated_at)
					select %d + t, 'Health team ' || t, case when t = 0 then null else %d + %s end, 0, now(), now()
					from generate_series(0, %d) t""".formatted(teamBase, teamBase, parentOf("t"), teams - 1));
			step(sql, "memberships", """
					insert into team_membership (team_id, person_id, role)
					select %d + i / %d, %d + i, case when i %% %d = 0 then 'LEAD' else 'MEMBER' end
					from generate_series(0, %d) i""".formatted(teamBase, PEOPLE_PER_TEAM, personBase, PEOPLE_PER_TEAM,
					people - 1));
			long perCycle = (long) teams * TEAM_OBJECTIVES + people;
			seedQuarter(sql, previousCycle, objectiveBase, previousStart, false);
			seedQuarter(sql, currentCycle, objectiveBase + perCycle, currentStart, true);
			step(sql, "final check-ins of the previous quarter", """
					insert into check_in (key_result_id, measured_value, confidence, note, author_id, checked_in_at)
					select k.id, k.id %% 120, 6, '', k.owner_person_id, timestamp '%s 10:00' - interval '3 days'
					from key_result k join objective o on o.id = k.objective_id where o.cycle_id = %d"""
				.formatted(previousEnd, previousCycle));
			step(sql, "final scores of the previous quarter", """
					insert into key_result_score (key_result_id, version, score, weight, reason, kind, author_id, recorded_at)
					select k.id, 1, ((k.id * 7) %% 11) / 10.0, 1, '', 'FINAL', k.owner_person_id, timestamp '%s 12:00'
					from key_result k join objective o on o.id = k.objective_id where o.cycle_id = %d"""
				.formatted(previousEnd, previousCycle));
			step(sql, "weekly check-ins of the current quarter", """
					insert into check_in (key_result_id, measured_value, confidence, note, author_id, checked_in_at)
					select k.id, case when k.id %% 6 = 0 then 10 else 10 + w * (k.id %% 7 + 1) end,
					       case when k.id %% 5 = 0 then 7 else 4 + (w + k.id) %% 5 end, '', k.owner_person_id,
					       timestamp '%s 10:00' + (w * 7 + 2) * interval '1 day'
					from key_result k join objective o on o.id = k.objective_id cross join generate_series(0, %d) w
					where o.cycle_id = %d and k.id %% 10 <> 0 and (k.id + w * 3) %% 10 < 8"""
				.formatted(currentStart, WEEKS_DONE - 1, currentCycle));
			for (String table : List.of("person", "team", "objective", "cycle", "key_result", "check_in", "key_result_score",
					"alignment_link")) {
				sql.execute("select setval(pg_get_serial_sequence('%s', 'id'), (select max(id) from %s))".formatted(table, table));
			}
			step(sql, "analyze", "analyze");
			Map<String, Long> counts = new LinkedHashMap<>();
			counts.put("people", (long) people);
			counts.put("teams", (long) teams);
			for (long cycle : new long[] { previousCycle, currentCycle }) {
				String which = cycle == currentCycle ? "current" : "previous";
				counts.put(which + " objectives", scalar(sql, "select count(*) from objective where cycle_id = " + cycle));
				counts.put(which + " key results", scalar(sql, "select count(*) from key_result k join objective o "
						+ "on o.id = k.objective_id where o.cycle_id = " + cycle));
				counts.put(which + " check-ins", scalar(sql, "select count(*) from check_in c join key_result k on "
						+ "k.id = c.key_result_id join objective o on o.id = k.objective_id where o.cycle_id = " + cycle));
			}
			counts.put("alignment links", scalar(sql, "select count(*) from alignment_link"));
			return counts;
		}
	}

	/**
	 * A quarter's objectives (four per team, one per person), their key results (four per team objective, three or
	 * four per personal one: about fifty per team) and the links up. One team objective in nine has a number in its
	 * title, one in seven was written by the parent team's lead, one in twenty is private; one key result in ten is
	 * worded as an activity, and their titles come back every quarter (the same metrics again); four teams in five and
	 * seven people in ten are aligned upward.
	 */
	private void seedQuarter(Statement sql, long cycle, long base, LocalDate start, boolean current) throws Exception {
		String which = current ? "current" : "previous";
		long personal = base + (long) teams * TEAM_OBJECTIVES;
		step(sql, which + " team objectives", """
				insert into objective (id, cycle_id, owner_team_id, owner_person_id, owner_slot, title, description, visibility,
				                       created_by, version, created_at, updated_at, draft)
				select %1$d + t * %2$d + k, %3$d, %4$d + t, null, k,
				       case when (t + k) %% 9 = 0 then 'Grow revenue by 30%% in market ' || t
				            else 'Delight the customers of team ' || t || ', theme ' || k end, '',
				       case when (t * 3 + k * 7) %% 20 = 19 then 'PRIVATE' else 'PUBLIC' end,
				       %5$d + %6$d * case when t > 0 and (t + k) %% 7 = 0 then %7$s else t end, 0, now(), now(), false
				from generate_series(0, %8$d) t cross join generate_series(0, %9$d) k"""
			.formatted(base, TEAM_OBJECTIVES, cycle, teamBase, personBase, PEOPLE_PER_TEAM, parentOf("t"), teams - 1,
					TEAM_OBJECTIVES - 1));
		step(sql, which + " personal objectives", """
				insert into objective (id, cycle_id, owner_team_id, owner_person_id, owner_slot, title, description, visibility,
				                       created_by, version, created_at, updated_at, draft)
				select %1$d + i, %2$d, null, %3$d + i, 0,
				       case when i %% 11 = 0 then 'Cut onboarding to 3 days, for ' || i else 'Learn what our customers need, ' || i end,
				       '', case when i %% 20 = 7 then 'PRIVATE' else 'PUBLIC' end,
				       %3$d + case when i %% 8 = 3 then i / %4$d * %4$d else i end, 0, now(), now(), false
				from generate_series(0, %5$d) i""".formatted(personal, cycle, personBase, PEOPLE_PER_TEAM, people - 1));
		step(sql, which + " key results", """
				insert into key_result (objective_id, position, title, kind, start_value, target_value, unit, owner_person_id,
				                        version, created_at, updated_at, draft)
				select o.id, k, case when (o.id + k) %% 10 = 3 then 'Hold customer workshops, round ' || k
				                     else 'Customers who say yes, measure ' || k end,
				       'INCREASE', 0, case when (o.id + k) %% 25 = 0 then 50 else 100 end, null,
				       coalesce(o.owner_person_id, %1$d + %2$d * (o.owner_team_id - %3$d) + k), 0, now(), now(), false
				from objective o cross join generate_series(0, 3) k
				where o.cycle_id = %4$d and (o.owner_team_id is not null or k < 3 or (o.owner_person_id - %1$d) %% 5 < 2)"""
			.formatted(personBase, PEOPLE_PER_TEAM, teamBase, cycle));
		step(sql, which + " links up", """
				insert into alignment_link (child_objective_id, child_cycle_id, parent_objective_id, parent_cycle_id,
				                            parent_key_result_id, roll_up, contribution_request_id, created_by, version, created_at)
				select %1$d + t * %2$d + k, %3$d, %1$d + (%4$s) * %2$d + k, %3$d, cast(null as bigint), false, cast(null as bigint), %5$d + %6$d * t, 0, now()
				from generate_series(1, %7$d) t cross join generate_series(0, %8$d) k where t %% 5 <> 4
				union all
				select %9$d + i, %3$d, %1$d + i / %6$d * %2$d + i %% %2$d, %3$d, null, false, null, %5$d + i, 0, now()
				from generate_series(0, %10$d) i where i %% 10 < 7"""
			.formatted(base, TEAM_OBJECTIVES, cycle, parentOf("t"), personBase, PEOPLE_PER_TEAM, teams - 1,
					TEAM_OBJECTIVES - 1, personal, people - 1));
	}

	/** The index of team {@code t}'s parent: the company (0), departments under it, groups under them, teams under those. */
	private String parentOf(String t) {
		return "case when %1$s <= %2$d then 0 when %1$s <= %3$d then 1 + (%1$s - %2$d - 1) %% %2$d else %2$d + 1 + (%1$s - %3$d - 1) %% %4$d end"
			.formatted(t, departments, departments + groups, groups);
	}

	private static void step(Statement sql, String what, String statement) throws Exception {
		long begin = System.nanoTime();
		sql.execute(statement);
		System.out.printf("  %-44s %6.1f s%n", what, (System.nanoTime() - begin) / 1e9);
	}

	private static long scalar(Statement sql, String query) throws Exception {
		try (var rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private long scalar(String query) throws Exception {
		try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
			return scalar(sql, query);
		}
	}

	// ---- measuring ----

	private int lastTeams;

	private double recompute(String admin, long cycle, String which) throws Exception {
		Http.Response answer = http.post("/api/v1/health/recompute?cycleId=" + cycle, admin, Map.of());
		check(answer);
		lastTeams = answer.ok() ? answer.json().get("teams").asInt() : 0;
		double seconds = answer.nanos() / 1e9;
		long computed = scalar("select count(distinct scope) from health_result where cycle_id = " + cycle);
		System.out.printf("full recompute of the %s: %d, %,d teams in %.1f s; %,d teams have stored results%n", which,
				answer.status(), lastTeams, seconds, computed);
		if (computed < teams) {
			failed("only " + computed + " of " + teams + " teams have stored results in the " + which);
		}
		return seconds;
	}

	/**
	 * Check-ins on key results of teams spread over the organisation, one at a time, each by the key result's owner
	 * with a token written for them; after each, the team's stored results are polled on a connection of the bench's
	 * own until their computation time passes the moment the check-in was sent.
	 */
	private int followCheckIns(Samples answer, Samples toHealth, Samples afterAnswer) throws Exception {
		int late = 0;
		try (Connection connection = database.connect();
				PreparedStatement computedAt = connection.prepareStatement(
						"select max(computed_at) from health_result where cycle_id = ? and scope = ?");
				PreparedStatement keyResult = connection.prepareStatement("select k.id from key_result k join objective o "
						+ "on o.id = k.objective_id where o.cycle_id = ? and o.owner_person_id = ? order by k.id limit 1");
				PreparedStatement token = connection.prepareStatement("insert into api_token (person_id, token_hash, "
						+ "created_at, scope) values (?, ?, now(), 'OKR')")) {
			for (int n = 0; n < CHECK_INS_MEASURED; n++) {
				int team = (int) ((long) n * teams / CHECK_INS_MEASURED) + random.nextInt(Math.max(1, teams / CHECK_INS_MEASURED));
				long person = personBase + (long) team * PEOPLE_PER_TEAM + 5;
				String secret = TOKEN_PREFIX + person;
				token.setLong(1, person);
				token.setString(2, sha256(secret));
				token.executeUpdate();
				keyResult.setLong(1, currentCycle);
				keyResult.setLong(2, person);
				long keyResultId;
				try (var rows = keyResult.executeQuery()) {
					rows.next();
					keyResultId = rows.getLong(1);
				}
				Instant sent = Instant.now();
				long begin = System.nanoTime();
				Http.Response posted = http.post("/api/v1/key-results/" + keyResultId + "/check-ins", secret,
						Map.of("value", 50 + n, "confidence", 3 + n % 6, "note", ""), "Idempotency-Key", UUID.randomUUID().toString());
				long answered = System.nanoTime();
				check(posted);
				answer.add(posted.nanos());
				computedAt.setLong(1, currentCycle);
				computedAt.setString(2, "team:" + (teamBase + team));
				long seen = -1;
				while (System.nanoTime() - begin < 10_000_000_000L) {
					try (var rows = computedAt.executeQuery()) {
						rows.next();
						Timestamp at = rows.getTimestamp(1);
						if (at != null && at.toInstant().isAfter(sent)) {
							seen = System.nanoTime();
							break;
						}
					}
					Thread.sleep(0, 500_000);
				}
				if (seen < 0) {
					late++;
					failed("team " + team + "'s health was not computed again within 10 s of a check-in");
					continue;
				}
				toHealth.add(seen - begin);
				afterAnswer.add(Math.max(0, seen - answered));
			}
		}
		System.out.println("check-in answered:            " + answer.summary());
		System.out.println("check-in sent → health saved: " + toHealth.summary());
		System.out.println("answered → health saved:      " + afterAnswer.summary());
		return late;
	}

	/** The organisation's and teams' health, through the API and the pages, as an admin, from stored results. */
	private void readStored(String admin, Map<String, Samples> reads, Map<String, Database.StatementCount> statements)
			throws Exception {
		String session = http.signIn(AppServer.ADMIN_EMAIL, AppServer.ADMIN_PASSWORD);
		Map<String, java.util.function.IntFunction<String>> calls = new LinkedHashMap<>();
		calls.put("GET /api/v1/health (organisation)", i -> "/api/v1/health?cycleId=" + currentCycle);
		calls.put("GET /api/v1/teams/{id}/health", i -> "/api/v1/teams/" + randomTeam() + "/health?cycleId=" + currentCycle);
		calls.put("page /health (organisation)", i -> "/health?cycle=" + currentCycle);
		calls.put("page /teams/{id}/health", i -> "/teams/" + randomTeam() + "/health?cycle=" + currentCycle);
		for (var call : calls.entrySet()) {
			boolean page = call.getKey().startsWith("page");
			for (int i = 0; i < WARMUP; i++) {
				read(page, call.getValue().apply(i), admin, session);
			}
			Samples samples = new Samples();
			for (int i = 0; i < READS; i++) {
				samples.add(read(page, call.getValue().apply(i), admin, session).nanos());
			}
			reads.put(call.getKey(), samples);
			System.out.printf("%-36s %s%n", call.getKey(), samples.summary());
			statements.put(call.getKey(), database.countStatements(() -> read(page, call.getValue().apply(0), admin, session)));
		}
	}

	private Http.Response read(boolean page, String path, String admin, String session) throws Exception {
		Http.Response answer = page ? http.page(path, session) : http.get(path, admin);
		check(answer);
		return answer;
	}

	private long randomTeam() {
		return teamBase + random.nextInt(teams);
	}

	private String signIn(String email, String password) throws Exception {
		Http.Response answer = http.post("/api/v1/tokens", null, Map.of("email", email, "password", password));
		if (!answer.ok()) {
			throw new IllegalStateException(email + " could not sign in: " + answer.status() + " " + answer.text());
		}
		return answer.json().get("token").asString();
	}

	private void check(Http.Response answer) {
		if (!answer.ok()) {
			failed(answer.method() + " " + answer.path() + " answered " + answer.status() + ": "
					+ answer.text().substring(0, Math.min(300, answer.text().length())));
		}
	}

	private void failed(String what) {
		errors++;
		if (firstErrors.size() < 5) {
			firstErrors.add(what);
			System.out.println("  error: " + what);
		}
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
