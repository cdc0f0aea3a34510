package dev.lodestar.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.support.Api;

/** People, coaches and objectives for the showcase's tests, each test with its own. */
public final class ShowcaseFixtures {

	private ShowcaseFixtures() {
	}

	/** An admin names the person an OKR coach, through the people API as on the admin person page. */
	public static Api.Session coach(Api api, String name) {
		Api.Session coach = api.newPerson(name);
		setCoach(api, api.admin(), coach.personId(), true);
		return coach;
	}

	public static org.springframework.test.web.servlet.assertj.MvcTestResult setCoach(Api api, Api.Session as, long personId,
			boolean coach) {
		var person = api.get("/api/v1/people/" + personId, as);
		Map<String, Object> revision = new LinkedHashMap<>();
		revision.put("name", Api.read(person, "$.name"));
		revision.put("email", Api.read(person, "$.email"));
		revision.put("locale", Api.read(person, "$.locale"));
		revision.put("admin", Api.read(person, "$.admin"));
		revision.put("active", true);
		revision.put("version", Api.read(person, "$.version"));
		revision.put("coach", coach);
		return api.put("/api/v1/people/" + personId, as, revision);
	}

	public static Map<String, Object> nomination(long objectiveId, String theme, String note) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("objectiveId", objectiveId);
		body.put("theme", theme);
		body.put("note", note);
		return body;
	}

	public static long nominate(Api api, Api.Session as, long objectiveId, String theme) {
		var created = api.post("/api/v1/showcase", as, nomination(objectiveId, theme, "Ambitious and owned by the team"));
		assertThat(created).hasStatus(201);
		return ((Number) Api.read(created, "$.entryId")).longValue();
	}

	public static void accept(Api api, Api.Session coach, long entryId) {
		int version = Api.read(api.get("/api/v1/showcase/" + entryId, coach), "$.version");
		assertThat(api.post("/api/v1/showcase/" + entryId + "/accept", coach, Map.of("version", version))).hasStatusOk();
	}

	public static List<Integer> entryIds(org.springframework.test.web.servlet.assertj.MvcTestResult browsed) {
		return Api.read(browsed, "$.examples.items[*].entryId");
	}
}
