package dev.lodestar;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.HttpIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients at the same moment: the caps hold, retried requests apply once, and nobody sees a 500. */
class ConcurrencyIntegrationTests extends HttpIntegrationTest {

	private static final int CLIENTS = 8;

	private List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (var future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpRequest post(String path, Api.Session as, Object body, String... headers) {
		var builder = request(path, as).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(api.toJson(body)));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder.build();
	}

	@Test
	void neverLetsConcurrentRequestsPassTheObjectiveCap() throws Exception {
		var lead = api.newPerson("Rush");
		long team = api.newTeam("Rushed", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");

		var responses = atOnce(() -> send(post("/api/v1/objectives", lead,
				Map.of("cycleId", cycle, "ownerTeamId", team, "title", Api.unique("At the same moment")))));

		assertThat(responses).extracting(HttpResponse::statusCode).allMatch(status -> status == 201 || status == 409);
		assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(5);
		assertThat(responses).filteredOn(response -> response.statusCode() == 409)
			.allMatch(response -> response.body().contains("urn:lodestar:problem:objective-cap"));
		var listed = api.get("/api/v1/objectives?cycleId=" + cycle + "&ownerTeamId=" + team, lead);
		assertThat(listed).bodyJson().extractingPath("$.totalItems").isEqualTo(5);
	}

	@Test
	void linksAddedAtTheSameMomentNeverCloseALoopTogether() throws Exception {
		var first = api.newPerson("Ring");
		var second = api.newPerson("Ring");
		long cycle = api.newCycle("ACTIVE");
		List<Long> ring = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			ring.add(api.newPersonalObjective(i % 2 == 0 ? first : second, cycle, "Ring " + i));
		}
		var next = new java.util.concurrent.atomic.AtomicInteger();

		// Each client links one objective to the next round the ring: all but one may succeed.
		var responses = atOnce(() -> {
			int i = next.getAndIncrement();
			return send(post("/api/v1/objectives/" + ring.get(i) + "/alignment-links", api.admin(),
					Map.of("parentObjectiveId", ring.get((i + 1) % CLIENTS))));
		});

		assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(CLIENTS - 1);
		assertThat(responses).filteredOn(response -> response.statusCode() != 201).singleElement()
			.satisfies(response -> assertThat(response.body()).contains("urn:lodestar:problem:alignment-loop"));
	}

	@Test
	void theSameLinkAddedAtTheSameMomentIsAddedOnce() throws Exception {
		var owner = api.newPerson("Twin");
		long cycle = api.newCycle("ACTIVE");
		long child = api.newPersonalObjective(owner, cycle, "Child");
		long parent = api.newPersonalObjective(owner, cycle, "Parent");

		var responses = atOnce(() -> send(post("/api/v1/objectives/" + child + "/alignment-links", owner,
				Map.of("parentObjectiveId", parent))));

		assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(1);
		assertThat(responses).filteredOn(response -> response.statusCode() == 409).hasSize(CLIENTS - 1)
			.allMatch(response -> response.body().contains("urn:lodestar:problem:alignment-exists"));
		assertThat(api.get("/api/v1/objectives/" + parent + "/alignment", owner)).bodyJson()
			.extractingPath("$.supportedBy").asArray().hasSize(1);
	}

	@Test
	void neverLetsConcurrentRequestsPassTheKeyResultCap() throws Exception {
		var person = api.newPerson("Crowd");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Crowded");

		var responses = atOnce(() -> send(post("/api/v1/objectives/" + objective + "/key-results", person,
				Map.of("title", Api.unique("Signups"), "kind", "INCREASE", "start", 0, "target", 10, "unit", "x",
						"ownerPersonId", person.personId()))));

		assertThat(responses).extracting(HttpResponse::statusCode).allMatch(status -> status == 201 || status == 409);
		assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(4);
		assertThat(responses).filteredOn(response -> response.statusCode() == 409)
			.allMatch(response -> response.body().contains("urn:lodestar:problem:key-result-cap"));
		assertThat(api.get("/api/v1/objectives/" + objective, person)).bodyJson().extractingPath("$.keyResults.length()").isEqualTo(4);
	}

	@Test
	void appliesConcurrentTwinsWithOneIdempotencyKeyOnce() throws Exception {
		var person = api.newPerson("Twins");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Twice"), "INCREASE", 0, 10);
		String key = Api.unique("twin");

		var responses = atOnce(() -> send(post("/api/v1/key-results/" + keyResult + "/check-ins", person,
				Map.of("value", 5, "confidence", 8), "Idempotency-Key", key)));

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
		assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.get(0).body());
		assertThat(api.get("/api/v1/key-results/" + keyResult + "/check-ins", person)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(1);
	}
}
