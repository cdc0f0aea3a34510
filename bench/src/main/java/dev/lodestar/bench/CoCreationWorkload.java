package dev.lodestar.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * A co-creation session with 30 people editing at once (issue 7): a team of a lead and 29 members under a parent
 * team, with a sibling team, sets up through the API; the lead opens a session; every participant opens the session
 * page (its event stream, then the board) and joins. Then, round after round, all 30 write at the same moment —
 * propose an objective, comment on one, or edit one's words — and the driver measures how long each write takes to
 * show on every other participant's board, fetched as the page fetches it on a signal.
 */
final class CoCreationWorkload {

	static final int PARTICIPANTS = 30;

	static final int ROUNDS = 20;

	/** A realistic board: proposals stop at about this many objectives, then people comment and edit. */
	static final int MAX_OBJECTIVES = 40;

	/** Objectives the lead puts up before the meeting starts, so that there is something to comment on at once. */
	static final int STARTING_OBJECTIVES = 10;

	/** A write that has not reached a participant this long after it was sent never will, for the report. */
	static final long ARRIVAL_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(10);

	/** Between rounds, once every write has arrived everywhere (or timed out), so that rounds never overlap. */
	static final long PAUSE_MILLIS = 1_000;

	private static final String DOMAIN = "@cocreation.bench.lodestar.test";

	/** People: the parent team's lead, the team's lead and 29 members (the participants), the sibling team's lead. */
	private static final int DIRECTOR = 0;

	private static final int NEIGHBOUR = PARTICIPANTS + 1;

	private static final int PEOPLE = PARTICIPANTS + 2;

	/** How the writes of the measured rounds went. */
	record Outcome(int rounds, int warmupRounds, int writes, Map<BoardWrite.Kind, Integer> written, int refusedChanged,
			int writeErrors, Samples writeLatency, Samples propagation, int pairs, int pairsLate, int fetches, int signals,
			Samples fetchLatency, int fetchErrors, int streamErrors, double boardKib, int boardObjectives, int boardComments,
			Phase phase, long driverCpuMillis, long machineBusyMillis) {

		/** CPU the machine spent on anything but the app, PostgreSQL and the driver during the rounds, in ms. */
		long otherCpuMillis() {
			return machineBusyMillis - phase.appCpuMillis - phase.dbCpuMillis - driverCpuMillis;
		}
	}

	private final int rounds;

	private final int warmupRounds;

	private final Http http;

	private final int port;

	private final Clients clients;

	private final Consumer<Phase> before;

	private final Consumer<Phase> after;

	private final List<Phase> phases = new ArrayList<>();

	private final long[] personIds = new long[PEOPLE];

	private final String[] tokens = new String[PEOPLE];

	private final BoardWrite.Registry registry = new BoardWrite.Registry(PARTICIPANTS);

	private final Participant.Totals totals = new Participant.Totals();

	private final List<Participant> participants = new ArrayList<>();

	/** Seeded, so that two runs make the same choices from the same boards. */
	private final Random random = new Random(7);

	private String adminToken;

	private long cycleId;

	private long parentTeamId;

	private long teamId;

	private long siblingTeamId;

	private long parentObjectiveId;

	private long sessionId;

	private final AtomicInteger writeErrors = new AtomicInteger();

	private final List<String> firstWriteErrors = new ArrayList<>();

	private Outcome outcome;

	/** CPU of the driver itself and of the whole machine during the last rounds run, in milliseconds. */
	private long driverCpuMillis;

	private long machineBusyMillis;

	CoCreationWorkload(int rounds, int warmupRounds, Http http, int port, Clients clients, Consumer<Phase> before,
			Consumer<Phase> after) {
		this.rounds = rounds;
		this.warmupRounds = warmupRounds;
		this.http = http;
		this.port = port;
		this.clients = clients;
		this.before = before;
		this.after = after;
	}

	static String describe(int rounds, int warmupRounds) {
		return ("co-creation: a team of 1 lead + %d members (%d participants) under a parent team with a public objective "
				+ "and a key result, beside a sibling team; %d objectives put up by the lead, then %d warm-up and %d measured "
				+ "rounds of %d simultaneous writes (propose an objective while the board has fewer than %d, comment, edit), "
				+ "every participant following the session's event stream and fetching the board on each signal")
			.formatted(PARTICIPANTS - 1, PARTICIPANTS, STARTING_OBJECTIVES, warmupRounds, rounds, PARTICIPANTS,
					MAX_OBJECTIVES);
	}

	List<Phase> phases() {
		return List.copyOf(phases);
	}

	Outcome outcome() {
		return outcome;
	}

	List<String> firstErrors() {
		List<String> all = new ArrayList<>();
		synchronized (firstWriteErrors) {
			all.addAll(firstWriteErrors);
		}
		all.addAll(totals.firstErrors);
		return all;
	}

	void run() throws Exception {
		adminToken = signIn(AppServer.ADMIN_EMAIL, AppServer.ADMIN_PASSWORD);
		phase("register people", PEOPLE, 1, this::registerPerson);
		phase("issue tokens", PEOPLE, 1, this::issueToken);
		// each step needs the one before: one thread, in order
		phase("cycle, teams, parent's OKR", 6, 6, this::organise);
		phase("open the session (lead)", 1, 1, i -> openSession());
		try {
			phase("open session pages (streams)", PARTICIPANTS, 1, this::openPage);
			phase("join the session", PARTICIPANTS, 1,
					p -> http.post(sessionPath() + "/participants", token(p + 1), Map.of()));
			// a lead putting up the team's starting points, one after the other
			phase("starting objectives (lead)", STARTING_OBJECTIVES, STARTING_OBJECTIVES,
					i -> http.post(sessionPath() + "/items", token(1), Map.of("kind", "OBJECTIVE", "text",
							"Starting point " + letters(i) + ": make onboarding effortless for new customers")));
			awaitQuiet();
			if (warmupRounds > 0) {
				Phase warmup = new Phase("warm-up rounds (not measured)", warmupRounds * PARTICIPANTS, false);
				rounds(warmup, warmupRounds, false);
			}
			Phase measured = new Phase("co-creation rounds: writes", rounds * PARTICIPANTS, true);
			System.out.println("load avg: " + Report.loadAverage() + " (1, 5, 15 min) before the measured rounds");
			rounds(measured, rounds, true);
			outcome = outcome(measured);
		}
		finally {
			participants.forEach(Participant::close);
		}
	}

	/** R rounds: each participant's write, all released at once, then the wait until they arrived and a pause. */
	private void rounds(Phase phase, int count, boolean measured) throws Exception {
		phases.add(phase);
		ExecutorService writers = Executors.newFixedThreadPool(PARTICIPANTS, runnable -> {
			Thread thread = new Thread(runnable, "writer");
			thread.setDaemon(true);
			return thread;
		});
		try {
			if (measured) {
				totals.restart();
			}
			before.accept(phase);
			long driverBefore = Proc.cpuMillis(ProcessHandle.current().pid());
			long machineBefore = Proc.machineBusyMillis();
			long start = System.nanoTime();
			for (int round = 0; round < count; round++) {
				List<Write> plan = plan();
				CyclicBarrier barrier = new CyclicBarrier(PARTICIPANTS);
				List<BoardWrite> sent = new ArrayList<>();
				List<Future<BoardWrite>> running = new ArrayList<>();
				for (Write write : plan) {
					running.add(writers.submit(() -> {
						barrier.await(30, TimeUnit.SECONDS);
						return send(write, phase, measured);
					}));
				}
				for (Future<BoardWrite> write : running) {
					try {
						sent.add(write.get());
					}
					catch (java.util.concurrent.ExecutionException failed) {
						phase.failed("a writer failed: " + failed.getCause());
					}
				}
				awaitArrivals(sent);
				Thread.sleep(PAUSE_MILLIS);
			}
			// the pauses are part of the phase's wall time: its requests per second mean little here
			phase.wallNanos = System.nanoTime() - start;
			driverCpuMillis = Proc.cpuMillis(ProcessHandle.current().pid()) - driverBefore;
			machineBusyMillis = Proc.machineBusyMillis() - machineBefore;
			after.accept(phase);
		}
		finally {
			writers.shutdownNow();
		}
	}

	/** What a participant is about to write, chosen from the board its page shows. */
	private record Write(int participant, BoardWrite.Kind kind, long itemId, int version) {
	}

	/**
	 * Each participant chooses from its own last board: propose while it shows fewer than {@link #MAX_OBJECTIVES}
	 * objectives (one in five), otherwise comment on or edit a random objective. Two who edit the same objective in a
	 * round collide: the second is refused (409), as the app promises.
	 */
	private List<Write> plan() {
		List<Write> plan = new ArrayList<>();
		for (Participant participant : participants) {
			List<long[]> objectives = objectivesOn(participant.lastBoard());
			double dice = random.nextDouble();
			BoardWrite.Kind kind;
			if (objectives.isEmpty() || objectives.size() < MAX_OBJECTIVES && dice < 0.2) {
				kind = BoardWrite.Kind.PROPOSE;
			}
			else {
				kind = random.nextBoolean() ? BoardWrite.Kind.COMMENT : BoardWrite.Kind.EDIT;
			}
			long[] item = objectives.isEmpty() ? new long[] { 0, 0 } : objectives.get(random.nextInt(objectives.size()));
			plan.add(new Write(participant.index, kind, item[0], (int) item[1]));
		}
		return plan;
	}

	/** The board's objectives as {id, version}. */
	private static List<long[]> objectivesOn(byte[] board) {
		List<long[]> objectives = new ArrayList<>();
		if (board == null) {
			return objectives;
		}
		for (JsonNode objective : Http.JSON.readTree(board).get("objectives")) {
			JsonNode item = objective.get("item");
			objectives.add(new long[] { item.get("id").asLong(), item.get("version").asLong() });
		}
		return objectives;
	}

	private BoardWrite send(Write plan, Phase phase, boolean measured) throws Exception {
		BoardWrite write = registry.register(plan.participant(), plan.kind(), measured);
		String token = token(plan.participant() + 1);
		String who = "participant " + (plan.participant() + 1);
		Http.Response answer;
		write.sentNanos = System.nanoTime();
		try {
			answer = switch (plan.kind()) {
				case PROPOSE -> http.post(sessionPath() + "/items", token,
						Map.of("kind", "OBJECTIVE", "text", "Teams ship without waiting for each other " + write.marker),
						"Idempotency-Key", UUID.randomUUID().toString());
				case COMMENT -> http.post(sessionPath() + "/items/" + plan.itemId() + "/comments", token,
						Map.of("text", "Could we say who it is for? " + write.marker + " — " + who));
				case EDIT -> http.put(sessionPath() + "/items/" + plan.itemId(), token,
						Map.of("text", "Customers succeed in their first week " + write.marker, "version", plan.version()));
			};
		}
		catch (Exception failed) {
			write.outcome = BoardWrite.Outcome.FAILED;
			phase.failed(who + ": " + plan.kind() + " failed: " + failed);
			writeError(who + ": " + plan.kind() + " failed: " + failed);
			return write;
		}
		write.answerNanos = answer.nanos();
		if (answer.ok()) {
			write.outcome = BoardWrite.Outcome.WRITTEN;
			phase.answered(answer);
		}
		else if (answer.status() == 409 && answer.text().contains("cocreation-item-changed")) {
			// someone else's edit of the same objective won: expected, and nothing was written
			write.outcome = BoardWrite.Outcome.REFUSED_CHANGED;
			phase.refusedAsExpected(answer);
		}
		else {
			write.outcome = BoardWrite.Outcome.FAILED;
			phase.answered(answer);
			writeError(answer.method() + " " + answer.path() + " -> " + answer.status() + " " + answer.text());
		}
		return write;
	}

	private void writeError(String what) {
		writeErrors.incrementAndGet();
		synchronized (firstWriteErrors) {
			if (firstWriteErrors.size() < Phase.ERRORS_SHOWN) {
				firstWriteErrors.add(what);
			}
		}
	}

	/** Until every written write has reached every other participant, or the limit has passed since it was sent. */
	private void awaitArrivals(List<BoardWrite> writes) throws InterruptedException {
		while (true) {
			long now = System.nanoTime();
			boolean waiting = false;
			for (BoardWrite write : writes) {
				if (write.outcome != BoardWrite.Outcome.WRITTEN || now - write.sentNanos > ARRIVAL_LIMIT_NANOS) {
					continue;
				}
				for (int p = 0; p < PARTICIPANTS && !waiting; p++) {
					waiting = p != write.writer && write.arrivedAt.get(p) == 0;
				}
			}
			if (!waiting) {
				return;
			}
			Thread.sleep(5);
		}
	}

	/** Before the rounds: until no participant's fetch count moves for a while (the joins' signals are served). */
	private void awaitQuiet() throws InterruptedException {
		int last = -1;
		for (int quiet = 0; quiet < 20;) {
			int now = participants.stream().mapToInt(Participant::fetches).sum();
			quiet = now == last ? quiet + 1 : 0;
			last = now;
			Thread.sleep(25);
		}
	}

	private Outcome outcome(Phase phase) throws Exception {
		Map<BoardWrite.Kind, Integer> written = new LinkedHashMap<>();
		for (BoardWrite.Kind kind : BoardWrite.Kind.values()) {
			written.put(kind, 0);
		}
		Samples writeLatency = new Samples();
		Samples propagation = new Samples();
		int writes = 0;
		int refused = 0;
		int pairs = 0;
		int late = 0;
		for (BoardWrite write : registry.all()) {
			if (!write.measured) {
				continue;
			}
			writes++;
			if (write.outcome == BoardWrite.Outcome.REFUSED_CHANGED) {
				refused++;
			}
			if (write.outcome != BoardWrite.Outcome.WRITTEN) {
				continue;
			}
			written.merge(write.kind, 1, Integer::sum);
			writeLatency.add(write.answerNanos);
			for (int p = 0; p < PARTICIPANTS; p++) {
				if (p == write.writer) {
					continue;
				}
				pairs++;
				long arrived = write.arrivedAt.get(p);
				if (arrived == 0 || arrived - write.sentNanos > ARRIVAL_LIMIT_NANOS) {
					late++;
				}
				else {
					propagation.add(arrived - write.sentNanos);
				}
			}
		}
		Http.Response board = http.get(sessionPath(), token(1));
		JsonNode json = board.json();
		int comments = 0;
		for (JsonNode objective : json.get("objectives")) {
			comments += objective.get("comments").size();
		}
		return new Outcome(rounds, warmupRounds, writes, written, refused, writeErrors.get(), writeLatency, propagation,
				pairs, late, totals.fetches.count(), totals.signals.get(), totals.fetches, totals.fetchErrors.get(),
				totals.streamErrors.get(), board.body().length / 1024.0, json.get("objectives").size(), comments, phase, driverCpuMillis,
				machineBusyMillis);
	}

	private Http.Response openPage(int p) throws Exception {
		Participant participant = new Participant(p, token(p + 1), http, port, sessionId, registry, totals);
		Http.Response opened = participant.open();
		synchronized (participants) {
			participants.add(participant);
			participants.sort((a, b) -> Integer.compare(a.index, b.index));
		}
		return opened;
	}

	private Http.Response openSession() throws Exception {
		Http.Response answer = http.post("/api/v1/teams/" + teamId + "/co-creation-sessions", token(1),
				Map.of("cycleId", cycleId, "votesPerParticipant", 3));
		if (answer.status() == 201) {
			sessionId = answer.id();
			JsonNode session = answer.json();
			System.out.printf("session %d: state %s, version %s%n", sessionId, session.get("state").asString(),
					session.get("version"));
		}
		else {
			throw new IllegalStateException("Opening the session answered " + answer.status() + " " + answer.text());
		}
		return answer;
	}

	private Http.Response organise(int step) throws Exception {
		return switch (step) {
			case 0 -> {
				Http.Response answer = http.post("/api/v1/cycles", adminToken, Http.activeCycle("Co-creation bench cycle"));
				cycleId = answer.ok() ? answer.id() : 0;
				yield answer;
			}
			case 1 -> {
				Http.Response answer = team("Division", null, List.of(person(DIRECTOR)), List.of());
				parentTeamId = answer.ok() ? answer.id() : 0;
				yield answer;
			}
			case 2 -> {
				List<Long> members = new ArrayList<>();
				for (int p = 2; p <= PARTICIPANTS; p++) {
					members.add(person(p));
				}
				Http.Response answer = team("Squad", parentTeamId, List.of(person(1)), members);
				teamId = answer.ok() ? answer.id() : 0;
				yield answer;
			}
			case 3 -> {
				Http.Response answer = team("Sibling squad", parentTeamId, List.of(person(NEIGHBOUR)), List.of());
				siblingTeamId = answer.ok() ? answer.id() : 0;
				yield answer;
			}
			case 4 -> {
				Http.Response answer = http.post("/api/v1/objectives", token(DIRECTOR), objective(parentTeamId,
						"Delight every new customer"));
				parentObjectiveId = answer.ok() ? answer.id() : 0;
				if (parentObjectiveId != 0) {
					var keyResult = new LinkedHashMap<String, Object>();
					keyResult.put("title", "Customers active in their first week");
					keyResult.put("kind", "INCREASE");
					keyResult.put("start", 0);
					keyResult.put("target", 100);
					keyResult.put("unit", "customers");
					keyResult.put("ownerPersonId", person(DIRECTOR));
					Http.Response added = http.post("/api/v1/objectives/" + parentObjectiveId + "/key-results",
							token(DIRECTOR), keyResult);
					if (!added.ok()) {
						yield added;
					}
				}
				yield answer;
			}
			default -> http.post("/api/v1/objectives", token(NEIGHBOUR), objective(siblingTeamId, "Make onboarding effortless"));
		};
	}

	private Map<String, Object> objective(long ownerTeamId, String title) {
		if (cycleId == 0 || ownerTeamId == 0) {
			throw new Clients.NotSent("no cycle or team");
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("cycleId", cycleId);
		body.put("title", title);
		body.put("description", "Why this matters, in a sentence or two.");
		body.put("ownerTeamId", ownerTeamId);
		body.put("visibility", "PUBLIC");
		return body;
	}

	private Http.Response team(String name, Long parentId, List<Long> leads, List<Long> members) throws Exception {
		var body = new LinkedHashMap<String, Object>();
		body.put("name", name);
		body.put("parentId", parentId);
		body.put("leadIds", leads);
		body.put("memberIds", members);
		return http.post("/api/v1/teams", adminToken, body);
	}

	private Http.Response registerPerson(int i) throws Exception {
		var body = new LinkedHashMap<String, Object>();
		body.put("name", i == DIRECTOR ? "Director" : i == NEIGHBOUR ? "Neighbour" : i == 1 ? "Lead" : "Member " + (i - 1));
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

	private String signIn(String email, String password) throws Exception {
		Http.Response answer = http.post("/api/v1/tokens", null, Map.of("email", email, "password", password));
		if (!answer.ok()) {
			throw new IllegalStateException(email + " could not sign in: " + answer.status() + " " + answer.text());
		}
		return answer.json().get("token").asString();
	}

	private void phase(String name, int count, int chain, Clients.Request request) throws InterruptedException {
		Phase phase = new Phase(name, count, true);
		phases.add(phase);
		clients.run(phase, chain, request, before, after);
	}

	private String sessionPath() {
		if (sessionId == 0) {
			throw new Clients.NotSent("no session");
		}
		return "/api/v1/co-creation-sessions/" + sessionId;
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

	private static String letters(int i) {
		return String.valueOf((char) ('A' + i % 26));
	}

	private static String email(int i) {
		return "person-" + (i + 1) + DOMAIN;
	}

	private static String password(int i) {
		return "bench-password-" + (i + 1);
	}
}
