package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team ready for its weekly review: a lead, the member {@code owner} whose key result is scored, a teammate
 * who gives feedback, and an outsider. Scores are recorded through {@link ScoreManagement}, as the score form does.
 */
public final class ReviewFixtures {

	/** A team, its people, the cycle running today and the owner's scored key result. */
	public record Team(Api.Session lead, Api.Session owner, Api.Session teammate, Api.Session outsider, long teamId,
			long cycleId, long objectiveId, long keyResultId, String keyResultTitle) {
	}

	private final Api api;

	private final ScoreManagement scoring;

	public ReviewFixtures(Api api, ScoreManagement scoring) {
		this.api = api;
		this.scoring = scoring;
	}

	/**
	 * A cycle running today that {@code CycleManagement.chooseOrCurrent} picks for this week's review: it starts
	 * today, later than any other running cycle can, and is the newest of those that start today.
	 */
	public long cycleRunningToday() {
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		return api.newCycle("ACTIVE", today.toString(), today.plusDays(60).toString());
	}

	public Team team() {
		var lead = api.newPerson("Lead");
		var owner = api.newPerson("Owner");
		var teammate = api.newPerson("Teammate");
		var outsider = api.newPerson("Outsider");
		long teamId = api.newTeam("Review team", null, List.of(lead.personId()), List.of(owner.personId(), teammate.personId()));
		long cycleId = cycleRunningToday();
		long objectiveId = api.newPersonalObjective(owner, cycleId, Api.unique("Ship the reviewed thing"));
		long keyResultId = api.newKeyResult(owner, objectiveId, "INCREASE", 0, 10);
		String title = Api.read(api.get("/api/v1/key-results/" + keyResultId, owner), "$.title");
		score(owner, keyResultId, "0.7", 0);
		return new Team(lead, owner, teammate, outsider, teamId, cycleId, objectiveId, keyResultId, title);
	}

	public Score score(Api.Session as, long keyResultId, String value, int version) {
		return scoring.record(caller(as), keyResultId, new NewScore(new BigDecimal(value), "Because we learned", null, version));
	}

	/** A score by a member of the team that owns the key result's objective. */
	public Score score(Api.Session as, long teamId, long keyResultId, String value, int version) {
		return scoring.record(new Caller(as.personId(), "", false, Locale.ENGLISH, Set.of(teamId)), keyResultId,
				new NewScore(new BigDecimal(value), "Because we learned", null, version));
	}

	public void checkIn(Api.Session as, long keyResultId, int value, int confidence) {
		Map<String, Object> checkIn = new LinkedHashMap<>();
		checkIn.put("value", value);
		checkIn.put("confidence", confidence);
		assertThat(api.post("/api/v1/key-results/" + keyResultId + "/check-ins", as, checkIn)).hasStatus(201);
	}

	public long open(Team team) {
		var opened = api.post("/api/v1/teams/" + team.teamId() + "/reviews", team.lead(), null);
		assertThat(opened).hasStatus(201);
		return Api.id(opened);
	}

	public static Map<String, Object> wouldScore(String score, String comment, int version) {
		Map<String, Object> feedback = new LinkedHashMap<>();
		feedback.put("agrees", false);
		feedback.put("suggestedScore", score == null ? null : new BigDecimal(score));
		feedback.put("comment", comment);
		feedback.put("version", version);
		return feedback;
	}

	public static Map<String, Object> agree(String comment, int version) {
		Map<String, Object> feedback = new LinkedHashMap<>();
		feedback.put("agrees", true);
		feedback.put("comment", comment);
		feedback.put("version", version);
		return feedback;
	}

	/** {@code extra} more people on the team, each with a scored personal objective and a check-in. */
	public List<Api.Session> grow(Team team, int extra) {
		List<Api.Session> added = new ArrayList<>();
		List<Long> members = new ArrayList<>(List.of(team.owner().personId(), team.teammate().personId()));
		for (int i = 0; i < extra; i++) {
			var person = api.newPerson("Grown");
			long objective = api.newPersonalObjective(person, team.cycleId(), Api.unique("Grow"));
			for (int k = 0; k < 2; k++) {
				long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
				checkIn(person, keyResult, 3, 6);
				score(person, keyResult, "0.5", 0);
			}
			members.add(person.personId());
			added.add(person);
		}
		var current = api.get("/api/v1/teams/" + team.teamId(), api.admin());
		Map<String, Object> revision = new LinkedHashMap<>();
		revision.put("name", Api.read(current, "$.name"));
		revision.put("parentId", null);
		revision.put("leadIds", List.of(team.lead().personId()));
		revision.put("memberIds", members);
		revision.put("version", Api.read(current, "$.version"));
		assertThat(api.put("/api/v1/teams/" + team.teamId(), api.admin(), revision)).hasStatusOk();
		return added;
	}

	static Caller caller(Api.Session as) {
		return new Caller(as.personId(), "", false, Locale.ENGLISH, Set.of());
	}
}
