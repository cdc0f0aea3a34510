package dev.lodestar.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * The workload: an organisation sets up a cycle, writes its objectives, key results and check-ins through the
 * API, then reads them back. Phase by phase, each spread over all client threads.
 */
final class Workload {

	static final int MEMBERS_PER_TEAM = 5;

	static final int OBJECTIVES_PER_TEAM = 10;

	static final int KEY_RESULTS_PER_OBJECTIVE = 10;

	static final int CHECK_INS_PER_KEY_RESULT = 10;

	/** How much of everything, at a scale. */
	record Plan(int teams, int people, int objectives, int keyResults, int checkIns, int cycleOverviews,
			int teamOverviews, int histories, int objectiveReads, int pageReads, int warmup) {

		static Plan of(Options options) {
			int teams = options.scaled(10);
			int objectives = teams * OBJECTIVES_PER_TEAM;
			int keyResults = objectives * KEY_RESULTS_PER_OBJECTIVE;
			return new Plan(teams, teams * MEMBERS_PER_TEAM, objectives, keyResults, keyResults * CHECK_INS_PER_KEY_RESULT,
					options.scaled(200), options.scaled(1000), options.scaled(1000), options.scaled(1000), options.scaled(500),
					options.warmup());
		}

		String describe() {
			return "%,d people in %,d teams of %d, 1 active cycle, %,d objectives (%d per team), %,d key results (%d per objective), "
				.formatted(people, teams, MEMBERS_PER_TEAM, objectives, OBJECTIVES_PER_TEAM, keyResults, KEY_RESULTS_PER_OBJECTIVE)
					+ "%,d check-ins (%d per key result); reads: %,d cycle overviews, %,d team overviews, %,d check-in histories, %,d objectives"
						.formatted(checkIns, CHECK_INS_PER_KEY_RESULT, cycleOverviews, teamOverviews, histories, objectiveReads)
					+ "; pages, signed in as that reader: %,d of each of home, team and objective".formatted(pageReads);
		}
	}

	private static final String[] KINDS = { "INCREASE", "DECREASE", "PERCENTAGE", "MILESTONE" };

	private final Plan plan;

	private final Http http;

	private final Clients clients;

	private final Consumer<Phase> before;

	private final Consumer<Phase> after;

	private final List<Phase> phases = new ArrayList<>();

	private String adminToken;

	private final long[] personIds;

	private final String[] tokens;

	private final long[] teamIds;

	private long cycleId;

	private int capsVersion = -1;

	private final long[] objectiveIds;

	private final long[] keyResultIds;

	private final int[] keyResultOwners;

	Workload(Plan plan, Http http, Clients clients, Consumer<Phase> before, Consumer<Phase> after) {
		this.plan = plan;
		this.http = http;
		this.clients = clients;
		this.before = before;
		this.after = after;
		this.personIds = new long[plan.people()];
		this.tokens = new String[plan.people()];
		this.teamIds = new long[plan.teams()];
		this.objectiveIds = new long[plan.objectives()];
		this.keyResultIds = new long[plan.keyResults()];
		this.keyResultOwners = new int[plan.keyResults()];
	}

	List<Phase> phases() {
		return List.copyOf(phases);
	}

	/** Runs every phase; failed requests are counted and the phases after them go on. */
	void run() throws Exception {
		signInAdmin();
		phase("register people", plan.people(), 1, this::registerPerson);
		phase("issue tokens", plan.people(), 1, this::issueToken);
		phase("form teams", plan.teams(), 1, this::formTeam);
		// these three depend on each other, so one thread sends them in order
		phase("plan cycle, raise caps", 3, 3, this::cycleAndCaps);
		// a team's objectives are entered one after the other, teams at the same time
		phase("create objectives", plan.objectives(), OBJECTIVES_PER_TEAM, this::createObjective);
		phase("add key results", plan.keyResults(), 1, this::addKeyResult);
		phase("record check-ins", plan.checkIns(), 1, this::recordCheckIn);
		if (plan.warmup() > 0) {
			run(new Phase("warm-up reads (not measured)", plan.warmup(), false), 1,
					i -> switch (i % 4) {
						case 0 -> cycleOverview(i);
						case 1 -> teamOverview(i);
						case 2 -> checkInHistory(i);
						default -> showObjective(i);
					});
		}
		phase("read cycle overview", plan.cycleOverviews(), 1, this::cycleOverview);
		phase("read team overview", plan.teamOverviews(), 1, this::teamOverview);
		phase("read check-in history", plan.histories(), 1, this::checkInHistory);
		phase("read objective", plan.objectiveReads(), 1, this::showObjective);
		readerSession = http.signIn(email(readerIndex()), password(readerIndex()));
		if (plan.warmup() > 0) {
			run(new Phase("warm-up pages (not measured)", Math.max(2, plan.warmup() / 4), false), 1,
					i -> switch (i % 3) {
						case 0 -> homePage(i);
						case 1 -> teamPage(i);
						default -> objectivePage(i);
					});
		}
		phase("page: home", plan.pageReads(), 1, this::homePage);
		phase("page: team", plan.pageReads(), 1, this::teamPage);
		phase("page: objective", plan.pageReads(), 1, this::objectivePage);
	}

	private Http.Response objectivePage(int i) throws Exception {
		return http.page("/objectives/" + objective(i % plan.objectives()), readerSession);
	}

	/** The session of the plain member who reads, signed in through the form as a browser is. */
	private String readerSession;

	private Http.Response homePage(int i) throws Exception {
		requireCycle();
		return http.page("/?cycle=" + cycleId, readerSession);
	}

	private Http.Response teamPage(int i) throws Exception {
		requireCycle();
		return http.page("/teams/" + team(i % plan.teams()) + "?cycle=" + cycleId, readerSession);
	}

	private void phase(String name, int count, int chain, Clients.Request request) throws InterruptedException {
		run(new Phase(name, count, true), chain, request);
	}

	private void run(Phase phase, int chain, Clients.Request request) throws InterruptedException {
		phases.add(phase);
		clients.run(phase, chain, request, before, after);
	}

	private void signInAdmin() throws Exception {
		Http.Response answer = http.post("/api/v1/tokens", null,
				Map.of("email", AppServer.ADMIN_EMAIL, "password", AppServer.ADMIN_PASSWORD));
		if (!answer.ok()) {
			throw new IllegalStateException("The bootstrap admin could not sign in: " + answer.status() + " " + answer.text());
		}
		adminToken = answer.json().get("token").asString();
		System.out.printf("signed in as the bootstrap admin (1 request, %.1f ms, not in the table)%n", answer.nanos() / 1e6);
	}

	private Http.Response registerPerson(int i) throws Exception {
		var body = new LinkedHashMap<String, Object>();
		body.put("name", "Bench Person " + (i + 1));
		body.put("email", email(i));
		body.put("password", password(i));
		body.put("locale", "en");
		body.put("admin", false);
		Http.Response answer = http.post("/api/v1/people", adminToken, body);
		if (answer.ok()) {
			personIds[i] = answer.id();
		}
		return answer;
	}

	private Http.Response issueToken(int i) throws Exception {
		Http.Response answer = http.post("/api/v1/tokens", null, Map.of("email", email(i), "password", password(i)));
		if (answer.ok()) {
			tokens[i] = answer.json().get("token").asString();
		}
		return answer;
	}

	private Http.Response formTeam(int t) throws Exception {
		List<Long> members = new ArrayList<>();
		for (int m = 0; m < MEMBERS_PER_TEAM; m++) {
			members.add(person(member(t, m)));
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("name", "Bench team " + (t + 1));
		body.put("leadIds", List.of(members.get(0)));
		body.put("memberIds", members);
		Http.Response answer = http.post("/api/v1/teams", adminToken, body);
		if (answer.ok()) {
			teamIds[t] = answer.id();
		}
		return answer;
	}

	private Http.Response cycleAndCaps(int step) throws Exception {
		switch (step) {
			case 0 -> {
				Http.Response answer = http.post("/api/v1/cycles", adminToken, Http.activeCycle("Bench cycle"));
				if (answer.ok()) {
					cycleId = answer.id();
				}
				return answer;
			}
			case 1 -> {
				Http.Response answer = http.get("/api/v1/policy/caps", adminToken);
				if (answer.ok()) {
					capsVersion = answer.json().get("version").asInt();
				}
				return answer;
			}
			default -> {
				if (capsVersion < 0) {
					throw new Clients.NotSent("the caps could not be read");
				}
				return http.put("/api/v1/policy/caps", adminToken, Map.of("maxObjectivesPerOwner", OBJECTIVES_PER_TEAM,
						"maxKeyResultsPerObjective", KEY_RESULTS_PER_OBJECTIVE, "version", capsVersion));
			}
		}
	}

	/**
	 * Objectives 10t to 10t+9 belong to team t, and one client sends them in order, each by a member of the team.
	 * (Several members creating objectives for one team at the same moment may be refused: see bench/README.md.)
	 */
	private Http.Response createObjective(int i) throws Exception {
		int t = teamOfObjective(i);
		int slot = i % OBJECTIVES_PER_TEAM;
		if (cycleId == 0) {
			throw new Clients.NotSent("no cycle");
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("cycleId", cycleId);
		body.put("title", "Objective " + (slot + 1) + " of Bench team " + (t + 1));
		body.put("description", "Why this matters to team " + (t + 1) + ", in a sentence or two.");
		body.put("ownerTeamId", team(t));
		Http.Response answer = http.post("/api/v1/objectives", token(member(t, slot % MEMBERS_PER_TEAM)), body);
		if (answer.ok()) {
			objectiveIds[i] = answer.id();
		}
		return answer;
	}

	/** Key result i belongs to objective i % objectives; a member of its team adds it, another may own it. */
	private Http.Response addKeyResult(int i) throws Exception {
		int o = i % plan.objectives();
		int k = i / plan.objectives();
		int t = teamOfObjective(o);
		int owner = member(t, (o + k) % MEMBERS_PER_TEAM);
		String kind = KINDS[k % KINDS.length];
		var body = new LinkedHashMap<String, Object>();
		body.put("title", "Key result " + (k + 1) + " (" + kind.toLowerCase() + ")");
		body.put("kind", kind);
		switch (kind) {
			case "INCREASE" -> {
				body.put("start", 0);
				body.put("target", 200 + k);
				body.put("unit", "customers");
			}
			case "DECREASE" -> {
				body.put("start", 500);
				body.put("target", 100);
				body.put("unit", "ms");
			}
			case "PERCENTAGE" -> {
				body.put("start", 0);
				body.put("target", 90);
			}
			default -> {
				// a milestone has neither start nor target
			}
		}
		body.put("ownerPersonId", person(owner));
		Http.Response answer = http.post("/api/v1/objectives/" + objective(o) + "/key-results",
				token(member(t, k % MEMBERS_PER_TEAM)), body);
		if (answer.ok()) {
			keyResultIds[i] = answer.id();
			keyResultOwners[i] = owner;
		}
		return answer;
	}

	/**
	 * Check-in i is round i / keyResults on key result i % keyResults, by the key result's owner, with a fresh
	 * Idempotency-Key as a client that may retry would send.
	 */
	private Http.Response recordCheckIn(int i) throws Exception {
		int kr = i % plan.keyResults();
		int round = i / plan.keyResults();
		long keyResultId = keyResult(kr);
		String kind = KINDS[(kr / plan.objectives()) % KINDS.length];
		var body = new LinkedHashMap<String, Object>();
		switch (kind) {
			case "INCREASE" -> body.put("value", BigDecimal.valueOf(20L * (round + 1) + kr % 7));
			case "DECREASE" -> body.put("value", BigDecimal.valueOf(500 - 35L * (round + 1)).add(new BigDecimal("0.25")));
			case "PERCENTAGE" -> body.put("value", BigDecimal.valueOf(9L * (round + 1)));
			default -> body.put("done", round == CHECK_INS_PER_KEY_RESULT - 1);
		}
		body.put("confidence", 5 + (round + kr) % 6);
		body.put("note", "Week " + (round + 1) + ": on track, see the dashboard.");
		return http.post("/api/v1/key-results/" + keyResultId + "/check-ins", token(keyResultOwners[kr]), body,
				"Idempotency-Key", UUID.randomUUID().toString());
	}

	/** Reads go through a plain member's token: not an admin, not a lead. */
	private String readerToken() {
		return token(readerIndex());
	}

	private int readerIndex() {
		return member(0, MEMBERS_PER_TEAM - 1);
	}

	private Http.Response cycleOverview(int i) throws Exception {
		requireCycle();
		return http.get("/api/v1/cycles/" + cycleId + "/overview", readerToken());
	}

	private Http.Response teamOverview(int i) throws Exception {
		requireCycle();
		return http.get("/api/v1/cycles/" + cycleId + "/overview?teamId=" + team(i % plan.teams()), readerToken());
	}

	private Http.Response checkInHistory(int i) throws Exception {
		return http.get("/api/v1/key-results/" + keyResult(i % plan.keyResults()) + "/check-ins", readerToken());
	}

	private Http.Response showObjective(int i) throws Exception {
		return http.get("/api/v1/objectives/" + objective(i % plan.objectives()), readerToken());
	}

	/** Whether the reader sees everything the workload wrote. */
	record Verification(boolean complete, String text) {
	}

	/** What the reader sees of the cycle after the workload: objectives, key results, and those checked in. */
	Verification verify() throws Exception {
		requireCycle();
		Http.Response answer = http.get("/api/v1/cycles/" + cycleId + "/overview", readerToken());
		if (!answer.ok()) {
			return new Verification(false, "the overview answered " + answer.status() + " " + answer.text());
		}
		JsonNode objectives = answer.json().get("objectives");
		int keyResults = 0;
		int checkedIn = 0;
		for (JsonNode objective : objectives) {
			for (JsonNode keyResult : objective.get("keyResults")) {
				keyResults++;
				JsonNode last = keyResult.get("lastCheckIn");
				if (last != null && !last.isNull()) {
					checkedIn++;
				}
			}
		}
		String seen = "the reader's cycle overview shows %,d objectives and %,d key results, %,d of them checked in (%.0f KiB)"
			.formatted(objectives.size(), keyResults, checkedIn, answer.body().length / 1024.0);
		boolean complete = objectives.size() == plan.objectives() && keyResults == plan.keyResults()
				&& checkedIn == plan.keyResults();
		return new Verification(complete, seen);
	}

	private void requireCycle() {
		if (cycleId == 0) {
			throw new Clients.NotSent("no cycle");
		}
	}

	private static int teamOfObjective(int o) {
		return o / OBJECTIVES_PER_TEAM;
	}

	private static int member(int team, int m) {
		return team * MEMBERS_PER_TEAM + m;
	}

	private long person(int p) {
		if (personIds[p] == 0) {
			throw new Clients.NotSent("person " + (p + 1) + " was not registered");
		}
		return personIds[p];
	}

	private String token(int p) {
		if (tokens[p] == null) {
			throw new Clients.NotSent("person " + (p + 1) + " has no token");
		}
		return tokens[p];
	}

	private long team(int t) {
		if (teamIds[t] == 0) {
			throw new Clients.NotSent("team " + (t + 1) + " was not formed");
		}
		return teamIds[t];
	}

	private long objective(int o) {
		if (objectiveIds[o] == 0) {
			throw new Clients.NotSent("objective " + (o + 1) + " was not created");
		}
		return objectiveIds[o];
	}

	private long keyResult(int k) {
		if (keyResultIds[k] == 0) {
			throw new Clients.NotSent("key result " + (k + 1) + " was not added");
		}
		return keyResultIds[k];
	}

	private static String email(int i) {
		return "person-" + (i + 1) + "@bench.lodestar.test";
	}

	private static String password(int i) {
		return "bench-password-" + (i + 1);
	}
}
