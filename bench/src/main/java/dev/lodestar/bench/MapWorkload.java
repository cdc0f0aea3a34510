package dev.lodestar.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * The alignment map on a large organisation ({@code --org large}): seeds {@link LargeOrganisation} through the
 * public API, as an admin, from all client threads, then reads the cycle's alignment map (whole, as an admin and
 * as a plain member; a team's neighbourhood at every depth) and the organisation's alignment coverage, and counts
 * the SQL statements of one call of each.
 */
final class MapWorkload {

	/** Measured reads of each kind at any scale: the issue asks for at least 200. */
	static final int READS = 200;

	static final int NEIGHBOURHOOD_READS = 500;

	private static final String DOMAIN = "@map.bench.lodestar.test";

	private static final String READER_EMAIL = "reader" + DOMAIN;

	private static final String READER_PASSWORD = "bench-reader-password";

	private static final String[] KINDS = { "INCREASE", "PERCENTAGE", "MILESTONE" };

	private final LargeOrganisation org;

	private final Http http;

	private final Clients clients;

	private final Database database;

	private final int warmup;

	private final Consumer<Phase> before;

	private final Consumer<Phase> after;

	private final List<Phase> phases = new ArrayList<>();

	/** Statements per call, by what was called. */
	private final Map<String, Database.StatementCount> statements = new LinkedHashMap<>();

	/** Reads that could not be measured, and why (an endpoint this jar does not have yet). */
	private final List<String> notMeasured = new ArrayList<>();

	private final Map<String, String> answerShapes = new LinkedHashMap<>();

	private String adminToken;

	private String readerToken;

	private long readerId;

	private final long[] teamIds;

	private final long[] leadIds;

	private long cycleId;

	private int capsVersion = -1;

	private int keyResultCap = 4;

	private final long[] objectiveIds;

	private final long[][] keyResultIds;

	private final long[] askIds;

	private final int[] askVersions;

	private long seedingNanos;

	private final List<List<Integer>> levels;

	private boolean mapAvailable;

	private boolean coverageAvailable;

	MapWorkload(LargeOrganisation org, Http http, Clients clients, Database database, int warmup, Consumer<Phase> before,
			Consumer<Phase> after) {
		this.org = org;
		this.http = http;
		this.clients = clients;
		this.database = database;
		this.warmup = warmup;
		this.before = before;
		this.after = after;
		this.teamIds = new long[org.teams];
		this.leadIds = new long[org.teams];
		this.objectiveIds = new long[org.objectives.size()];
		this.keyResultIds = new long[org.objectives.size()][];
		for (LargeOrganisation.Objective objective : org.objectives) {
			keyResultIds[objective.index()] = new long[objective.keyResults()];
		}
		this.levels = org.teamsByDepth();
		this.askIds = new long[org.asks.size()];
		this.askVersions = new int[org.asks.size()];
	}

	List<Phase> phases() {
		return List.copyOf(phases);
	}

	Map<String, Database.StatementCount> statements() {
		return statements;
	}

	List<String> notMeasured() {
		return notMeasured;
	}

	Map<String, String> answerShapes() {
		return answerShapes;
	}

	double seedingSeconds() {
		return seedingNanos / 1e9;
	}

	/** Seeds, then measures; failed requests are counted and the phases after them go on. */
	void run() throws Exception {
		long begin = System.nanoTime();
		seed();
		seedingNanos = System.nanoTime() - begin;
		System.out.printf("seeded in %.1f s%n", seedingSeconds());
		measure();
	}

	private void seed() throws Exception {
		adminToken = signIn(AppServer.ADMIN_EMAIL, AppServer.ADMIN_PASSWORD);
		phase("register the reader", 2, 2, this::registerReader);
		phase("import leads and teams (1 CSV)", 1, 1, i -> http.post("/api/v1/imports/people-and-teams", adminToken, "text/csv",
				csv().getBytes(StandardCharsets.UTF_8)));
		phase("list teams", (org.teams + 199) / 200, 1, this::listTeams);
		phase("plan cycle, raise caps", 3, 3, this::cycleAndCaps);
		phase("create objectives", org.objectives.size(), 1, this::createObjective);
		// key results go round by round (every objective's first, then second, ...), so that one objective's are
		// thousands of requests apart and never compete for the same position
		List<int[]> keyResults = new ArrayList<>();
		List<int[]> checkIns = new ArrayList<>();
		for (int k = 0; k < 3; k++) {
			for (LargeOrganisation.Objective objective : org.objectives) {
				if (k < objective.keyResults()) {
					keyResults.add(new int[] { objective.index(), k });
					if ((objective.index() + k) % 2 == 0) {
						checkIns.add(new int[] { objective.index(), k });
					}
				}
			}
		}
		phase("add key results", keyResults.size(), 1, i -> addKeyResult(keyResults.get(i)[0], keyResults.get(i)[1]));
		phase("record check-ins", checkIns.size(), 1, i -> recordCheckIn(checkIns.get(i)[0], checkIns.get(i)[1]));
		phase("link objectives", org.links.size(), 1, i -> link(org.links.get(i)));
		phase("ask for contributions", org.asks.size(), 1, this::ask);
		List<Integer> accepted = new ArrayList<>();
		for (int i = 0; i < org.asks.size(); i++) {
			if (org.asks.get(i).accepted()) {
				accepted.add(i);
			}
		}
		phase("accept contributions", accepted.size(), 1, i -> accept(accepted.get(i)));
	}

	private void measure() throws Exception {
		requireCycle();
		mapAvailable = probe("alignment map", mapPath(null), adminToken);
		coverageAvailable = probe("alignment coverage", coveragePath(), readerToken);
		if (!mapAvailable && !coverageAvailable) {
			return;
		}
		System.out.println("load avg: " + Report.loadAverage() + " (1, 5, 15 min) before the reads");
		List<Clients.Request> kinds = new ArrayList<>();
		if (mapAvailable) {
			kinds.add(i -> http.get(mapPath(null), adminToken));
			kinds.add(i -> http.get(mapPath(null), readerToken));
			kinds.add(this::neighbourhood);
			kinds.add(this::neighbourhood);
		}
		if (coverageAvailable) {
			kinds.add(i -> http.get(coveragePath(), readerToken));
		}
		if (warmup > 0) {
			run(new Phase("warm-up reads (not measured)", warmup, false), 1, i -> kinds.get(i % kinds.size()).send(i / kinds.size()));
		}
		if (mapAvailable) {
			phase("map: whole cycle, admin", READS, 1, i -> http.get(mapPath(null), adminToken));
			phase("map: whole cycle, member", READS, 1, i -> http.get(mapPath(null), readerToken));
			phase("map: team neighbourhood", NEIGHBOURHOOD_READS, 1, this::neighbourhood);
			// one request at a time: the latency of a call on its own, without the queue four clients make on two cores
			phase("map: whole cycle, admin, 1 client", READS, READS, i -> http.get(mapPath(null), adminToken));
			phase("map: whole cycle, member, 1 client", READS, READS, i -> http.get(mapPath(null), readerToken));
			phase("map: team neighbourhood, 1 client", NEIGHBOURHOOD_READS, NEIGHBOURHOOD_READS, this::neighbourhood);
			// the same by depth: the company's neighbourhood holds the top three levels, a team's a handful of teams
			for (int d = 0; d < levels.size(); d++) {
				List<Integer> level = levels.get(d);
				phase("map: neighbourhood at depth " + d, READS, 1,
						i -> http.get(mapPath(team(level.get((int) (i * 7919L % level.size())))), readerToken));
			}
		}
		if (coverageAvailable) {
			phase("coverage: organisation", READS, 1, i -> http.get(coveragePath(), readerToken));
		}
		countStatements();
	}

	/** One call of each read with every statement logged; the fewest of three calls, as a stray statement may land in one. */
	private void countStatements() throws Exception {
		Map<String, String[]> calls = new LinkedHashMap<>();
		if (mapAvailable) {
			calls.put("map: whole cycle, admin", new String[] { mapPath(null), adminToken });
			calls.put("map: whole cycle, member", new String[] { mapPath(null), readerToken });
			calls.put("map: neighbourhood of the company", new String[] { mapPath(teamIds[0]), readerToken });
			List<Integer> leaves = levels.get(levels.size() - 1);
			calls.put("map: neighbourhood of a team at depth " + (levels.size() - 1),
					new String[] { mapPath(teamIds[leaves.get(leaves.size() / 2)]), readerToken });
		}
		if (coverageAvailable) {
			calls.put("coverage: organisation", new String[] { coveragePath(), readerToken });
		}
		for (var call : calls.entrySet()) {
			Database.StatementCount fewest = null;
			for (int attempt = 0; attempt < 3; attempt++) {
				Database.StatementCount counted = database.countStatements(() -> {
					Http.Response answer = http.get(call.getValue()[0], call.getValue()[1]);
					if (!answer.ok()) {
						throw new IllegalStateException(call.getKey() + " answered " + answer.status());
					}
					return answer;
				});
				if (fewest == null || counted.statements() < fewest.statements()) {
					fewest = counted;
				}
			}
			statements.put(call.getKey(), fewest);
			System.out.printf("statements: %-45s %3d (+%d transaction control, connection checks): %s%n", call.getKey(), fewest.statements(),
					fewest.transactionControl(), fewest.texts());
		}
	}

	/** A team's neighbourhood, the teams taken in turn from each depth of the tree. */
	private Http.Response neighbourhood(int i) throws Exception {
		List<Integer> level = levels.get(i % levels.size());
		int team = level.get((int) ((i / levels.size()) * 7919L % level.size()));
		return http.get(mapPath(team(team)), readerToken);
	}

	private String mapPath(Long teamId) {
		return "/api/v1/cycles/" + cycleId + "/alignment-map" + (teamId == null ? "" : "?teamId=" + teamId);
	}

	private String coveragePath() {
		return "/api/v1/cycles/" + cycleId + "/alignment-coverage";
	}

	/** Whether the jar answers the read at all; records the answer's shape (its arrays' sizes) for the report. */
	private boolean probe(String what, String path, String token) throws Exception {
		Http.Response answer = http.get(path, token);
		if (!answer.ok()) {
			notMeasured.add("%s: GET %s answered %d (not in this jar?)".formatted(what,
					path.replace("/cycles/" + cycleId + "/", "/cycles/{cycleId}/"), answer.status()));
			System.out.println("not measured: " + notMeasured.get(notMeasured.size() - 1));
			return false;
		}
		answerShapes.put(what, shape(answer.json()) + ", %.0f KiB".formatted(answer.body().length / 1024.0));
		System.out.println(what + ": " + answerShapes.get(what));
		return true;
	}

	/** The top-level fields of an answer, arrays with their sizes. */
	private static String shape(JsonNode json) {
		List<String> fields = new ArrayList<>();
		for (String name : json.propertyNames()) {
			JsonNode value = json.get(name);
			fields.add(value.isArray() ? "%s[%,d]".formatted(name, value.size()) : value.isObject() ? name + "{…}" : name);
		}
		return String.join(", ", fields);
	}

	private void phase(String name, int count, int chain, Clients.Request request) throws InterruptedException {
		run(new Phase(name, count, true), chain, request);
	}

	private void run(Phase phase, int chain, Clients.Request request) throws InterruptedException {
		phases.add(phase);
		clients.run(phase, chain, request, before, after);
	}

	private String signIn(String email, String password) throws Exception {
		Http.Response answer = http.post("/api/v1/tokens", null, Map.of("email", email, "password", password));
		if (!answer.ok()) {
			throw new IllegalStateException(email + " could not sign in: " + answer.status() + " " + answer.text());
		}
		return answer.json().get("token").asString();
	}

	/** A plain member of one leaf team, to read as: not an admin, not a lead, so privacy filtering is exercised. */
	private Http.Response registerReader(int step) throws Exception {
		if (step == 0) {
			var body = new LinkedHashMap<String, Object>();
			body.put("name", "Map Reader");
			body.put("email", READER_EMAIL);
			body.put("password", READER_PASSWORD);
			body.put("locale", "en");
			body.put("admin", false);
			Http.Response answer = http.post("/api/v1/people", adminToken, body);
			if (answer.ok()) {
				readerId = answer.id();
			}
			return answer;
		}
		Http.Response answer = http.post("/api/v1/tokens", null, Map.of("email", READER_EMAIL, "password", READER_PASSWORD));
		if (answer.ok()) {
			readerToken = answer.json().get("token").asString();
		}
		return answer;
	}

	/** One lead per team and the whole tree, parents first, in one import; the reader joins the last team. */
	private String csv() {
		StringBuilder csv = new StringBuilder("type,name,email,locale,admin,teams,parent,leads,members\n");
		for (int t = 0; t < org.teams; t++) {
			csv.append("person,Lead ").append(t + 1).append(',').append(leadEmail(t)).append(",en,,,,,\n");
		}
		for (int t = 0; t < org.teams; t++) {
			csv.append("team,").append(teamName(t)).append(",,,,,").append(t == 0 ? "" : teamName(org.parent[t])).append(',')
				.append(leadEmail(t)).append(',').append(t == org.readerTeam() ? READER_EMAIL : "").append('\n');
		}
		return csv.toString();
	}

	private String teamName(int t) {
		return switch (org.depth[t]) {
			case 0 -> "Company";
			case 1 -> "Department " + (t + 1);
			case 2 -> "Group " + (t + 1);
			default -> "Team " + (t + 1);
		};
	}

	private static String leadEmail(int t) {
		return "lead-" + (t + 1) + DOMAIN;
	}

	private final Map<String, Integer> teamIndex = new HashMap<>();

	private Http.Response listTeams(int page) throws Exception {
		synchronized (teamIndex) {
			if (teamIndex.isEmpty()) {
				for (int t = 0; t < org.teams; t++) {
					teamIndex.put(teamName(t), t);
				}
			}
		}
		Http.Response answer = http.get("/api/v1/teams?size=200&page=" + page, adminToken);
		if (answer.ok()) {
			for (JsonNode team : answer.json().get("items")) {
				Integer t = teamIndex.get(team.get("name").asString());
				if (t != null) {
					teamIds[t] = team.get("id").asLong();
					JsonNode leads = team.get("leadIds");
					leadIds[t] = leads.isEmpty() ? 0 : leads.get(0).asLong();
				}
			}
		}
		return answer;
	}

	private Http.Response cycleAndCaps(int step) throws Exception {
		switch (step) {
			case 0 -> {
				Http.Response answer = http.post("/api/v1/cycles", adminToken, Http.activeCycle("Map bench cycle"));
				if (answer.ok()) {
					cycleId = answer.id();
				}
				return answer;
			}
			case 1 -> {
				Http.Response answer = http.get("/api/v1/policy/caps", adminToken);
				if (answer.ok()) {
					capsVersion = answer.json().get("version").asInt();
					keyResultCap = answer.json().get("maxKeyResultsPerObjective").asInt();
				}
				return answer;
			}
			default -> {
				if (capsVersion < 0) {
					throw new Clients.NotSent("the caps could not be read");
				}
				// five objectives a team, and room for the drafts that accepted contribution requests add
				return http.put("/api/v1/policy/caps", adminToken, Map.of("maxObjectivesPerOwner", 10,
						"maxKeyResultsPerObjective", Math.max(3, keyResultCap), "version", capsVersion));
			}
		}
	}

	private Http.Response createObjective(int o) throws Exception {
		requireCycle();
		LargeOrganisation.Objective objective = org.objectives.get(o);
		var body = new LinkedHashMap<String, Object>();
		body.put("cycleId", cycleId);
		int t = objective.team();
		if (objective.personal()) {
			body.put("title", "Personal objective of Lead " + (t + 1));
			body.put("ownerPersonId", lead(t));
		}
		else {
			body.put("title", "Objective " + (objective.slot() + 1) + " of " + teamName(t));
			body.put("ownerTeamId", team(t));
		}
		body.put("description", "Why this matters, in a sentence or two.");
		body.put("visibility", objective.isPrivate() ? "PRIVATE" : "PUBLIC");
		Http.Response answer = http.post("/api/v1/objectives", adminToken, body);
		if (answer.ok()) {
			objectiveIds[o] = answer.id();
		}
		return answer;
	}

	private Http.Response addKeyResult(int o, int k) throws Exception {
		String kind = KINDS[(o + k) % KINDS.length];
		var body = new LinkedHashMap<String, Object>();
		body.put("title", "Key result " + (k + 1) + " (" + kind.toLowerCase() + ")");
		body.put("kind", kind);
		switch (kind) {
			case "INCREASE" -> {
				body.put("start", 0);
				body.put("target", 100);
				body.put("unit", "customers");
			}
			case "PERCENTAGE" -> {
				body.put("start", 0);
				body.put("target", 90);
			}
			default -> {
				// a milestone has neither start nor target
			}
		}
		body.put("ownerPersonId", lead(org.objectives.get(o).team()));
		Http.Response answer = http.post("/api/v1/objectives/" + objective(o) + "/key-results", adminToken, body);
		if (answer.ok()) {
			keyResultIds[o][k] = answer.id();
		}
		return answer;
	}

	/** Values spread over the range, so that progress differs from objective to objective. */
	private Http.Response recordCheckIn(int o, int k) throws Exception {
		String kind = KINDS[(o + k) % KINDS.length];
		var body = new LinkedHashMap<String, Object>();
		switch (kind) {
			case "INCREASE" -> body.put("value", (o * 37 + k * 11) % 101);
			case "PERCENTAGE" -> body.put("value", (o * 13 + k * 7) % 91);
			default -> body.put("done", o % 3 == 0);
		}
		body.put("confidence", 1 + (o + k) % 10);
		body.put("note", "Where we are this week.");
		return http.post("/api/v1/key-results/" + keyResult(o, k) + "/check-ins", adminToken, body);
	}

	private Http.Response link(LargeOrganisation.Link link) throws Exception {
		Map<String, Object> body = link.keyResult() < 0 ? Map.of("parentObjectiveId", objective(link.parent()))
				: Map.of("parentKeyResultId", keyResult(link.parent(), link.keyResult()));
		return http.post("/api/v1/objectives/" + objective(link.child()) + "/alignment-links", adminToken, body);
	}

	private Http.Response ask(int i) throws Exception {
		LargeOrganisation.Ask ask = org.asks.get(i);
		var proposal = new LinkedHashMap<String, Object>();
		proposal.put("type", "OBJECTIVE");
		proposal.put("title", "Help " + teamName(ask.asking()) + " with its first key result");
		proposal.put("description", "What we would take on.");
		var body = new LinkedHashMap<String, Object>();
		body.put("servesKeyResultId", keyResult(ask.serves(), 0));
		body.put("askedTeamId", team(ask.asked()));
		body.put("proposal", proposal);
		Http.Response answer = http.post("/api/v1/contribution-requests", adminToken, body);
		if (answer.ok()) {
			askIds[i] = answer.id();
			askVersions[i] = answer.json().get("version").asInt();
		}
		return answer;
	}

	private Http.Response accept(int i) throws Exception {
		if (askIds[i] == 0) {
			throw new Clients.NotSent("contribution request " + (i + 1) + " was not asked");
		}
		return http.post("/api/v1/contribution-requests/" + askIds[i] + "/accept", adminToken, Map.of("version", askVersions[i]));
	}

	/** What the organisation holds after seeding, counted in the database (the bench's own check, not the app's). */
	Map<String, Long> census() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (var connection = database.connect(); var statement = connection.createStatement()) {
			for (String table : new String[] { "person", "team", "objective", "key_result", "check_in", "alignment_link",
					"contribution_request" }) {
				try (var rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private void requireCycle() {
		if (cycleId == 0) {
			throw new Clients.NotSent("no cycle");
		}
	}

	private long team(int t) {
		if (teamIds[t] == 0) {
			throw new Clients.NotSent("team " + (t + 1) + " was not imported");
		}
		return teamIds[t];
	}

	private long lead(int t) {
		if (leadIds[t] == 0) {
			throw new Clients.NotSent("team " + (t + 1) + " has no lead");
		}
		return leadIds[t];
	}

	private long objective(int o) {
		if (objectiveIds[o] == 0) {
			throw new Clients.NotSent("objective " + (o + 1) + " was not created");
		}
		return objectiveIds[o];
	}

	private long keyResult(int o, int k) {
		if (keyResultIds[o][k] == 0) {
			throw new Clients.NotSent("key result " + (k + 1) + " of objective " + (o + 1) + " was not added");
		}
		return keyResultIds[o][k];
	}
}
