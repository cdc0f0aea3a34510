package dev.lodestar.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static dev.lodestar.readiness.ReadinessAnswering.body;
import static dev.lodestar.readiness.ReadinessAnswering.scoring;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers racing the lead's close: once the close is through, the closed tally never changes, and it holds exactly
 * the answers that were accepted — none lost, none counted after the close.
 */
class ReadinessCloseRaceIntegrationTests extends ApiIntegrationTest {

	private static final int PEOPLE = 12;

	@Autowired
	JdbcClient jdbc;

	@RepeatedTest(3)
	void answersRacingACloseCountOnlyBeforeItAndEveryAcceptedOneCounts() throws Exception {
		var lead = api.newPerson("RaceLead");
		List<Api.Session> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(api.newPerson("Racer" + i));
		}
		long team = api.newTeam("Race team", null, List.of(lead.personId()), people.stream().map(Api.Session::personId).toList());
		var opened = api.post("/api/v1/teams/" + team + "/readiness-checks", lead, Map.of("cycleId", api.newCycle("ACTIVE")));
		long check = Api.id(opened);
		String uri = "/api/v1/readiness-checks/" + check;

		ExecutorService pool = Executors.newFixedThreadPool(6);
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch someAnswered = new CountDownLatch(3);
		AtomicLong atClose = new AtomicLong(-1);
		List<Future<Integer>> answers = new ArrayList<>();
		Future<Integer> closing;
		try {
			for (Api.Session person : people) {
				answers.add(pool.submit(() -> {
					start.await();
					int status = api.post(uri + "/answers", person, body(scoring(4, 2, 3))).getResponse().getStatus();
					someAnswered.countDown();
					return status;
				}));
			}
			closing = pool.submit(() -> {
				start.await();
				someAnswered.await();
				int status = api.post(uri + "/close", lead, null).getResponse().getStatus();
				atClose.set(tallied(check));
				return status;
			});
			start.countDown();
			assertThat(closing.get()).isEqualTo(200);
			List<Integer> statuses = new ArrayList<>();
			for (var answer : answers) {
				statuses.add(answer.get());
			}
			long accepted = statuses.stream().filter(status -> status == 204).count();

			assertThat(statuses).allMatch(status -> status == 204 || status == 409);
			assertThat(tallied(check)).isEqualTo(atClose.get()).isEqualTo(accepted);
			assertThat(Api.<Integer>read(api.get(uri, lead), "$.answerCount")).isEqualTo((int) accepted);
			for (int i = 0; i < PEOPLE; i++) {
				if (statuses.get(i) == 409) {
					assertThat(api.post(uri + "/answers", people.get(i), body(scoring(1, 1, 1)))).hasStatus(409);
				}
			}
			assertThat(tallied(check)).isEqualTo(accepted);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The answers counted for one question: each accepted answer adds one to exactly one of its five counts. */
	private long tallied(long check) {
		return jdbc.sql("select sum(answers) from readiness_tally where check_id = ? and question = ?")
			.params(check, ReadinessQuestion.values()[0].name())
			.query(Long.class)
			.single();
	}
}
