package dev.lodestar.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No API scope reaches both OKR scores and appraisal: an APPRAISAL token is refused every score endpoint (found
 * from the application's own handler mappings, so one added later is covered too), an OKR token is refused
 * appraisal.
 */
class TokenScopesApiIntegrationTests extends ApiIntegrationTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/** The refusal of the API's security rules, which the controllers' own refusals never say. */
	private static final String SCOPE_REFUSAL = "You may not do this.";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlers;

	private Api.Session person;

	private long teamId;

	private long cycleId;

	private long objectiveId;

	private long keyResultId;

	/** Someone with a scored key result in a team objective, so every score endpoint has something real to show. */
	@BeforeEach
	void scoredObjective() {
		person = api.newPerson("Scorer");
		teamId = api.newTeam("Scorers", null, List.of(person.personId()), List.of());
		cycleId = api.newCycle("ACTIVE");
		objectiveId = api.newTeamObjective(person, cycleId, teamId, "Customers love us");
		keyResultId = api.newKeyResult(person, objectiveId, "INCREASE", 0, 10);
		assertThat(api.score(person, keyResultId, "0.6", 0)).hasStatusOk();
	}

	private record Endpoint(HttpMethod method, String path) {
	}

	/** Every API endpoint a scoring controller serves, as Spring MVC maps them. */
	private List<Endpoint> scoreEndpoints() {
		return endpointsOf("dev.lodestar.scoring");
	}

	/** Every API endpoint the controllers of a module serve, as Spring MVC maps them. */
	private List<Endpoint> endpointsOf(String modulePackage) {
		List<Endpoint> endpoints = new ArrayList<>();
		handlers.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith(modulePackage)) {
				return;
			}
			var methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/v1")) {
					continue;
				}
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, path));
				}
				for (RequestMethod method : methods) {
					endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path));
				}
			}
		});
		return endpoints;
	}

	/** Fills each path variable with an id that exists, chosen by the segment before it. */
	private String filled(String path) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String before = path.substring(0, matcher.start());
			String name = matcher.group(1);
			long id = name.equals("keyResultId") || before.endsWith("/key-results/") ? keyResultId
					: name.equals("teamId") || before.endsWith("/teams/") ? teamId
					: name.equals("cycleId") || before.endsWith("/cycles/") ? cycleId
					: before.endsWith("/people/") ? person.personId() : objectiveId;
			matcher.appendReplacement(uri, Long.toString(id));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

	@Test
	void anAppraisalTokenIsRefusedEveryScoreEndpoint() {
		var appraisal = api.scoped(person, "APPRAISAL");
		List<Endpoint> endpoints = scoreEndpoints();

		assertThat(endpoints).extracting(Endpoint::path)
			.contains("/api/v1/key-results/{keyResultId}/score", "/api/v1/objectives/{objectiveId}/score",
					"/api/v1/teams/{teamId}/pack");
		for (Endpoint endpoint : endpoints) {
			String body = endpoint.method() == HttpMethod.GET ? null : "{}";
			var answer = api.call(endpoint.method(), filled(endpoint.path()), appraisal, body);
			assertThat(answer).as(endpoint.method() + " " + endpoint.path()).hasStatus(403)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(Api.<String>read(answer, "$.detail")).as(endpoint.method() + " " + endpoint.path()).isEqualTo(SCOPE_REFUSAL);
		}
	}

	@Test
	void theSameScoreEndpointsAnswerAnOkrToken() {
		var okr = api.scoped(person, "OKR");

		assertThat(api.get("/api/v1/objectives/" + objectiveId + "/score", okr)).hasStatusOk();
		assertThat(api.get("/api/v1/key-results/" + keyResultId + "/scores", okr)).hasStatusOk();
		assertThat(api.get("/api/v1/teams/" + teamId + "/pack?cycle=" + cycleId, okr)).hasStatusOk();
	}

	@Test
	void anAppraisalTokenStillManagesItsOwnersTokens() {
		var appraisal = api.scoped(person, "APPRAISAL");

		var listed = api.get("/api/v1/tokens", appraisal);

		assertThat(listed).hasStatusOk();
		assertThat(Api.<List<String>>read(listed, "$[*].scope")).contains("OKR", "APPRAISAL");
		assertThat(api.get("/api/v1/people/me", appraisal)).hasStatus(403);
		assertThat(api.get("/api/v1/objectives/" + objectiveId, appraisal)).hasStatus(403);
	}

	@Test
	void anOkrTokenIsRefusedAppraisal() {
		var okr = api.scoped(person, "OKR");

		var answer = api.get("/api/v1/appraisal/periods", okr);

		assertThat(answer).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(api.get("/api/v1/appraisal/periods", person)).hasStatus(403);
		assertThat(api.get("/api/v1/appraisal/periods", null)).hasStatus(401);
	}

	@Test
	void anAppraisalTokenPassesTheFirewallIntoAppraisalAndKpis() {
		var appraisal = api.scoped(api.admin(), "APPRAISAL");

		for (String path : List.of("/api/v1/appraisal/periods", "/api/v1/appraisal/templates", "/api/v1/kpis")) {
			assertThat(api.get(path, appraisal)).as(path).hasStatusOk();
		}
	}

	@Test
	void anAppraisalTokenIsRefusedTheKpiEndpointsThatReadOrWriteObjectives() {
		var appraisal = api.scoped(api.admin(), "APPRAISAL");
		List<Endpoint> intoOkrs = endpointsOf("dev.lodestar.kpis").stream()
			.filter(endpoint -> endpoint.path().contains("objective") || endpoint.path().contains("key-result"))
			.toList();

		assertThat(intoOkrs).extracting(Endpoint::path).contains("/api/v1/kpis/{id}/recovery-objective",
				"/api/v1/kpis/from-key-result/{keyResultId}", "/api/v1/kpis/{id}/objectives");
		for (Endpoint endpoint : intoOkrs) {
			String body = endpoint.method() == HttpMethod.GET ? null : "{}";
			var answer = api.call(endpoint.method(), endpoint.path().replaceAll("\\{[^}]+}", "1"), appraisal, body);
			assertThat(Api.<String>read(answer, "$.detail")).as(endpoint.method() + " " + endpoint.path()).isEqualTo(SCOPE_REFUSAL);
		}
	}

	@Test
	void anOkrTokenIsRefusedEveryAppraisalEndpoint() {
		var okr = api.scoped(api.admin(), "OKR");
		List<Endpoint> endpoints = endpointsOf("dev.lodestar.appraisal");

		assertThat(endpoints).extracting(Endpoint::path)
			.contains("/api/v1/appraisal/periods", "/api/v1/appraisal/periods/{id}/export");
		for (Endpoint endpoint : endpoints) {
			String body = endpoint.method() == HttpMethod.GET ? null : "{}";
			var answer = api.call(endpoint.method(), endpoint.path().replaceAll("\\{[^}]+}", "1"), okr, body);
			assertThat(answer).as(endpoint.method() + " " + endpoint.path()).hasStatus(403)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(Api.<String>read(answer, "$.detail")).as(endpoint.method() + " " + endpoint.path()).isEqualTo(SCOPE_REFUSAL);
		}
	}

	@Test
	void aCheckInsOnlyTokenIsRefusedEveryEndpointButPostingCheckIns() {
		var checkInsOnly = api.scoped(api.admin(), "CHECKINS_WRITE");
		var postCheckIn = new Endpoint(HttpMethod.POST, "/api/v1/key-results/{keyResultId}/check-ins");
		var signIn = new Endpoint(HttpMethod.POST, "/api/v1/tokens");
		List<Endpoint> endpoints = endpointsOf("dev.lodestar").stream()
			.filter(endpoint -> !endpoint.equals(postCheckIn) && !endpoint.equals(signIn))
			.toList();

		assertThat(endpoints).extracting(Endpoint::path).contains("/api/v1/key-results/{keyResultId}/check-ins",
				"/api/v1/tokens", "/api/v1/kpis", "/api/v1/key-results/{keyResultId}/feed", "/api/v1/people/me");
		for (Endpoint endpoint : endpoints) {
			String body = endpoint.method() == HttpMethod.GET ? null : "{}";
			var answer = api.call(endpoint.method(), filled(endpoint.path()), checkInsOnly, body);
			assertThat(answer).as(endpoint.method() + " " + endpoint.path()).hasStatus(403)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(Api.<String>read(answer, "$.detail")).as(endpoint.method() + " " + endpoint.path()).isEqualTo(SCOPE_REFUSAL);
		}
		assertThat(api.get("/actuator/prometheus", checkInsOnly, "Accept", "text/plain")).hasStatus(403);
		assertThat(api.post(filled(postCheckIn.path()), checkInsOnly, Map.of("value", 4, "confidence", 6))).hasStatus(201);
	}

	@Test
	void aTokenIsAnOkrTokenUnlessAskedOtherwise() {
		String email = Api.read(api.get("/api/v1/people/me", person), "$.email");

		var issued = api.post("/api/v1/tokens", null, Map.of("email", email, "password", "password-1"));

		assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.scope").isEqualTo("OKR");
		assertThat(api.get("/api/v1/objectives/" + objectiveId + "/score", new Api.Session(0, Api.read(issued, "$.token"))))
			.hasStatusOk();
	}

	@Test
	void refusesAnUnknownScopeAndIssuesNothing() {
		String email = Api.read(api.get("/api/v1/people/me", person), "$.email");

		var refused = api.post("/api/v1/tokens", null, Map.of("email", email, "password", "password-1", "scope", "EVERYTHING"));

		assertThat(refused).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).containsExactly("scope");
		assertThat(Api.<List<Object>>read(api.get("/api/v1/tokens", person), "$")).hasSize(1);
	}

	@Test
	void anAdminsAppraisalTokenIsRefusedTheMetrics() {
		var issued = api.post("/api/v1/tokens", null,
				Map.of("email", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD, "scope", "APPRAISAL"));
		var appraisal = new Api.Session(0, Api.read(issued, "$.token"));

		assertThat(api.get("/actuator/prometheus", appraisal, "Accept", "text/plain")).hasStatus(403);
		assertThat(api.get("/actuator/prometheus", api.admin(), "Accept", "text/plain")).hasStatusOk();
	}
}
