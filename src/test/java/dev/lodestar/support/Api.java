package dev.lodestar.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the real API through MockMvc, as a client would, and builds what a test needs through the same
 * endpoints: people with tokens, teams, cycles, objectives, key results.
 */
public final class Api {

	public static final String ADMIN_EMAIL = "admin@lodestar.test";

	public static final String ADMIN_PASSWORD = "admin-password";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** Someone signed in: their id and a token for their calls. */
	public record Session(long personId, String token) {
	}

	private final MockMvcTester mvc;

	private final JsonMapper json;

	private Session admin;

	private final Map<Long, Map.Entry<String, String>> credentials = new java.util.HashMap<>();

	public Api(MockMvcTester mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	public static String unique(String stem) {
		return stem + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
	}

	public MvcTestResult call(HttpMethod method, String uri, Session as, String body, String... headers) {
		var request = mvc.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
		if (as != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + as.token());
		}
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	public MvcTestResult get(String uri, Session as, String... headers) {
		return call(HttpMethod.GET, uri, as, null, headers);
	}

	public MvcTestResult post(String uri, Session as, Object body, String... headers) {
		return call(HttpMethod.POST, uri, as, toJson(body), headers);
	}

	public MvcTestResult put(String uri, Session as, Object body, String... headers) {
		return call(HttpMethod.PUT, uri, as, toJson(body), headers);
	}

	public MvcTestResult delete(String uri, Session as) {
		return call(HttpMethod.DELETE, uri, as, null);
	}

	public String toJson(Object body) {
		return body instanceof String text ? text : json.writeValueAsString(body);
	}

	public static <T> T read(MvcTestResult result, String path) {
		return JsonPath.read(body(result), path);
	}

	public static long id(MvcTestResult result) {
		return ((Number) read(result, "$.id")).longValue();
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	public Session admin() {
		if (admin == null) {
			admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		}
		return admin;
	}

	public Session signIn(String email, String password) {
		var result = post("/api/v1/tokens", null, Map.of("email", email, "password", password));
		assertThat(result).hasStatus(201);
		String token = read(result, "$.token");
		var me = get("/api/v1/people/me", new Session(0, token));
		long personId = id(me);
		credentials.put(personId, Map.entry(email, password));
		return new Session(personId, token);
	}

	/**
	 * Another token of the same person with this scope ({@code OKR} or {@code APPRAISAL}), as a system that computes
	 * appraisals would hold one: signs in again with the person's e-mail and password.
	 */
	public Session scoped(Session as, String scope) {
		var credential = credentials.get(as.personId());
		assertThat(credential).as("a person this Api signed in").isNotNull();
		var result = post("/api/v1/tokens", null,
				Map.of("email", credential.getKey(), "password", credential.getValue(), "scope", scope));
		assertThat(result).hasStatus(201).bodyJson().extractingPath("$.scope").isEqualTo(scope);
		return new Session(as.personId(), read(result, "$.token"));
	}

	public Session newPerson(String name) {
		return newPerson(name, false);
	}

	public Session newPerson(String name, boolean isAdmin) {
		String email = unique(name).toLowerCase() + "@lodestar.test";
		var created = post("/api/v1/people", admin(),
				Map.of("name", name, "email", email, "password", "password-1", "locale", "en", "admin", isAdmin));
		assertThat(created).hasStatus(201);
		return signIn(email, "password-1");
	}

	/** Switches a person's language to Chinese through the API, as they would on any page. */
	public void speaksChinese(Session person) {
		var me = get("/api/v1/people/me", person);
		assertThat(put("/api/v1/people/" + person.personId(), person, Map.of("name", read(me, "$.name"), "email",
				read(me, "$.email"), "locale", "zh-CN", "admin", read(me, "$.admin"), "active", true, "version",
				read(me, "$.version")))).hasStatusOk();
	}

	public long newTeam(String name, Long parentId, List<Long> leadIds, List<Long> memberIds) {
		Map<String, Object> team = new LinkedHashMap<>();
		team.put("name", unique(name));
		team.put("parentId", parentId);
		team.put("leadIds", leadIds);
		team.put("memberIds", memberIds);
		var created = post("/api/v1/teams", admin(), team);
		assertThat(created).hasStatus(201);
		return id(created);
	}

	public long newCycle(String state) {
		var created = post("/api/v1/cycles", admin(),
				Map.of("name", unique("Q"), "startsOn", "2026-10-01", "endsOn", "2026-12-31", "state", state));
		assertThat(created).hasStatus(201);
		return id(created);
	}

	/** A cycle with the given dates, e.g. a year that contains the quarters of {@link #newCycle(String)}. */
	public long newCycle(String state, String startsOn, String endsOn) {
		var created = post("/api/v1/cycles", admin(),
				Map.of("name", unique("Y"), "startsOn", startsOn, "endsOn", endsOn, "state", state));
		assertThat(created).hasStatus(201);
		return id(created);
	}

	/** Says that one objective supports another (or one of its key results, when given); returns the link's id. */
	public long link(Session as, long childId, long parentObjectiveId, Long parentKeyResultId) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("parentObjectiveId", parentObjectiveId);
		link.put("parentKeyResultId", parentKeyResultId);
		var created = post("/api/v1/objectives/" + childId + "/alignment-links", as, link);
		assertThat(created).hasStatus(201);
		return id(created);
	}

	public long newTeamObjective(Session as, long cycleId, long teamId, String title) {
		var created = post("/api/v1/objectives", as, Map.of("cycleId", cycleId, "ownerTeamId", teamId, "title", title));
		assertThat(created).hasStatus(201);
		return id(created);
	}

	public long newPersonalObjective(Session as, long cycleId, String title) {
		var created = post("/api/v1/objectives", as, Map.of("cycleId", cycleId, "ownerPersonId", as.personId(), "title", title));
		assertThat(created).hasStatus(201);
		return id(created);
	}

	public long newKeyResult(Session as, long objectiveId, String kind, Number start, Number target) {
		Map<String, Object> keyResult = new LinkedHashMap<>();
		keyResult.put("title", unique("Customers say yes"));
		keyResult.put("kind", kind);
		keyResult.put("start", start);
		keyResult.put("target", target);
		keyResult.put("unit", kind.equals("INCREASE") || kind.equals("DECREASE") ? "customers" : null);
		keyResult.put("ownerPersonId", as.personId());
		var created = post("/api/v1/objectives/" + objectiveId + "/key-results", as, keyResult);
		assertThat(created).hasStatus(201);
		return id(created);
	}

	/** Scores a key result, replacing the score of {@code version} (0 for the first); returns the answer. */
	public MvcTestResult score(Session as, long keyResultId, String score, int version) {
		return put("/api/v1/key-results/" + keyResultId + "/score", as,
				Map.of("score", new java.math.BigDecimal(score), "reason", "because " + score, "version", version));
	}

	/**
	 * Fills a cycle with personal objectives of new people, each with key results of which every other one is
	 * scored: data of a chosen size for statement-count tests.
	 */
	public void fillWithHalfScoredObjectives(long cycleId, int owners, int keyResultsEach) {
		for (int o = 0; o < owners; o++) {
			var owner = newPerson("Owner");
			long objective = newPersonalObjective(owner, cycleId, "Goal " + o);
			for (int k = 0; k < keyResultsEach; k++) {
				long keyResult = newKeyResult(owner, objective, "INCREASE", 0, 10);
				if (k % 2 == 0) {
					assertThat(score(owner, keyResult, "0.5", 0)).hasStatusOk();
				}
			}
		}
	}
}
