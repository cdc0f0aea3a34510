package dev.lodestar.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.readiness.ReadinessAnswering.body;
import static dev.lodestar.readiness.ReadinessAnswering.scoring;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No one can learn who answered what: not from the schema, not from a log line, not from any answer of the API or the
 * pages (ADR 0015).
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessAnonymityIntegrationTests extends ApiIntegrationTest {

	/** The loggers that would name a person or an answer, opened up to their most talkative while people answer. */
	private static final List<String> TALKATIVE = List.of("dev.lodestar", "org.springframework.jdbc", "org.springframework.web",
			"org.springframework.security", "org.springframework.transaction");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoggingSystem logging;

	private record Answerer(Api.Session session, String name, String email) {
	}

	@Test
	void noTableOfAnswersHasAPersonAndNoTableOfPeopleHasAnAnswer() {
		Map<String, Set<String>> columns = new HashMap<>();
		jdbc.sql("select lower(table_name) as t, lower(column_name) as c from information_schema.columns "
				+ "where lower(table_schema) = 'public' and lower(table_name) like 'readiness%'")
			.query(rs -> {
				columns.computeIfAbsent(rs.getString("t"), table -> new HashSet<>()).add(rs.getString("c"));
			});

		assertThat(columns).containsOnlyKeys("readiness_check", "readiness_participant", "readiness_tally");
		// Counts only: no person, no time, no row per answer that an order could give away.
		assertThat(columns.get("readiness_tally")).containsExactlyInAnyOrder("check_id", "question", "answer", "answers");
		// Who answered, only to refuse a second answer: nothing about the answer, no time, no order.
		assertThat(columns.get("readiness_participant")).containsExactlyInAnyOrder("check_id", "person_id");
		assertThat(columns.get("readiness_check")).noneMatch(column -> column.contains("person") || column.endsWith("_by"));
		columns.forEach((table, its) -> assertThat(its.stream().anyMatch(column -> column.contains("person"))
				&& its.stream().anyMatch(column -> column.startsWith("answer") || column.equals("question")))
			.as(table).isFalse());
	}

	@Test
	void noLogLineLinksAnAnswerToItsAuthor(CapturedOutput output) {
		var lead = api.newPerson("QuietLead");
		List<Answerer> answerers = new ArrayList<>();
		while (answerers.size() < 3) {
			var person = answerer("Quiet" + answerers.size());
			// An id of one digit could be mistaken for an answer's value; such a person stays out of it.
			if (person.session().personId() > 9) {
				answerers.add(person);
			}
		}
		long team = api.newTeam("Quiet team", null, List.of(lead.personId()),
				answerers.stream().map(answerer -> answerer.session().personId()).toList());
		long check = Api.id(api.post("/api/v1/teams/" + team + "/readiness-checks", lead, Map.of("cycleId", api.newCycle("ACTIVE"))));
		int before = output.getAll().length();

		TALKATIVE.forEach(logger -> logging.setLogLevel(logger, LogLevel.TRACE));
		try {
			int scored = 1;
			for (var answerer : answerers) {
				assertThat(api.post("/api/v1/readiness-checks/" + check + "/answers", answerer.session(),
						body(scoring(scored, 6 - scored, scored)))).hasStatus(204);
				scored += 2;
			}
		}
		finally {
			TALKATIVE.forEach(logger -> logging.setLogLevel(logger, null));
		}

		String logged = output.getAll().substring(before);
		// The loggers did talk: the tallies' statement and values are in the log, so a leak would show.
		assertThat(logged).contains("readiness_tally").contains("WE_FOLLOW_OUR_PROGRESS");
		for (String logLine : logged.split("\\R")) {
			// The message only: the time and the process id before it, and a statement parameter's position, are numbers
			// that could look like a person's id.
			String line = (logLine.contains(" : ") ? logLine.substring(logLine.indexOf(" : ") + 3) : logLine)
				.replaceAll("column index \\d+", "");
			boolean namesAnAnswer = line.contains("readiness_tally")
					|| java.util.Arrays.stream(ReadinessQuestion.values()).anyMatch(question -> line.contains(question.name()));
			for (var answerer : answerers) {
				boolean namesThePerson = line.contains(answerer.email()) || line.contains(answerer.name())
						|| Pattern.compile("\\b" + answerer.session().personId() + "\\b").matcher(line).find();
				assertThat(namesAnAnswer && namesThePerson).as(line).isFalse();
			}
		}
	}

	@Test
	void noAnswerOfTheApiOrThePagesSaysWhoAnsweredWhat() {
		var lead = api.newPerson("SilentLead");
		List<Answerer> answerers = List.of(answerer("SilentFirst"), answerer("SilentSecond"), answerer("SilentThird"));
		long team = api.newTeam("Silent team", null, List.of(lead.personId()),
				answerers.stream().map(answerer -> answerer.session().personId()).toList());
		long check = Api.id(api.post("/api/v1/teams/" + team + "/readiness-checks", lead, Map.of("cycleId", api.newCycle("ACTIVE"))));
		for (var answerer : answerers) {
			var answered = api.post("/api/v1/readiness-checks/" + check + "/answers", answerer.session(), body(scoring(2, 4, 5)));
			assertThat(answered).hasStatus(204);
			assertThat(Api.body(answered)).isEmpty();
			assertThat(answered.getResponse().getHeaderNames()).doesNotContain("Location");
		}

		List<String> bodies = new ArrayList<>();
		for (var reader : List.of(lead, answerers.get(0).session(), api.admin())) {
			bodies.add(Api.body(api.get("/api/v1/readiness-checks/" + check, reader)));
			bodies.add(Api.body(api.get("/api/v1/teams/" + team + "/readiness-checks", reader)));
		}
		bodies.add(Api.body(api.post("/api/v1/readiness-checks/" + check + "/close", lead, null)));
		for (String body : bodies) {
			assertThat(fieldNames(json.readTree(body))).noneMatch(ReadinessAnonymityIntegrationTests::namesSomeone);
			for (var answerer : answerers) {
				assertThat(body).doesNotContain(answerer.name()).doesNotContain(answerer.email());
			}
		}
		var pages = new Pages(mvc);
		String page = Pages.html(pages.get("/readiness-checks/" + check, lead)).text();
		String history = Pages.html(pages.get("/teams/" + team + "/readiness", lead)).text();
		for (var answerer : answerers) {
			assertThat(page).doesNotContain(answerer.name());
			assertThat(history).doesNotContain(answerer.name());
		}
	}

	private Answerer answerer(String stem) {
		var session = api.newPerson(stem);
		var me = api.get("/api/v1/people/me", session);
		return new Answerer(session, Api.read(me, "$.name"), Api.read(me, "$.email"));
	}

	/** A field that would say who: a person, an author, a participant, or something done by someone. */
	private static boolean namesSomeone(String field) {
		String name = field.toLowerCase();
		return name.contains("person") || name.contains("participant") || name.equals("author") || name.endsWith("authorid")
				|| name.endsWith("by") || name.contains("who");
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		if (node.isObject()) {
			node.properties().forEach(entry -> {
				names.add(entry.getKey());
				names.addAll(fieldNames(entry.getValue()));
			});
		}
		else if (node.isArray()) {
			node.forEach(element -> names.addAll(fieldNames(element)));
		}
		return names;
	}
}
