package dev.lodestar.cocreation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.lodestar.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team ready for a co-creation session, through the API as a client would set it up: a parent team whose lead
 * has a public objective with a key result, the team (a lead and two members), a sibling team with a person and an
 * objective of its own, and someone of no team. Helpers propose, vote and decide as the board's forms do.
 */
public final class CoCreationFixtures {

	/** The people and teams around one session. */
	public record Room(Api.Session lead, Api.Session member, Api.Session teammate, Api.Session neighbour,
			Api.Session outsider, long parentTeamId, long teamId, long siblingTeamId, long cycleId, long parentObjectiveId,
			long parentKeyResultId, String siblingObjectiveTitle) {
	}

	private final Api api;

	public CoCreationFixtures(Api api) {
		this.api = api;
	}

	public Room room() {
		var parentLead = api.newPerson("Director");
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		var teammate = api.newPerson("Teammate");
		var neighbour = api.newPerson("Neighbour");
		var outsider = api.newPerson("Outsider");
		long cycle = api.newCycle("ACTIVE");
		long parent = api.newTeam("Division", null, List.of(parentLead.personId()), List.of());
		long team = api.newTeam("Squad", parent, List.of(lead.personId()), List.of(member.personId(), teammate.personId()));
		long sibling = api.newTeam("Sibling squad", parent, List.of(neighbour.personId()), List.of());
		long parentObjective = api.newTeamObjective(parentLead, cycle, parent, Api.unique("Delight every new customer"));
		long parentKeyResult = api.newKeyResult(parentLead, parentObjective, "INCREASE", 0, 100);
		String siblingTitle = Api.unique("Make onboarding effortless");
		api.newTeamObjective(neighbour, cycle, sibling, siblingTitle);
		return new Room(lead, member, teammate, neighbour, outsider, parent, team, sibling, cycle, parentObjective,
				parentKeyResult, siblingTitle);
	}

	public MvcTestResult open(Room room, Api.Session as, List<Long> invitees, String... headers) {
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("cycleId", room.cycleId());
		session.put("votesPerParticipant", 2);
		session.put("inviteeIds", invitees);
		return api.post("/api/v1/teams/" + room.teamId() + "/co-creation-sessions", as, session, headers);
	}

	public long open(Room room) {
		var opened = open(room, room.lead(), List.of(room.neighbour().personId()));
		assertThat(opened).hasStatus(201);
		return Api.id(opened);
	}

	public static String uri(long session) {
		return "/api/v1/co-creation-sessions/" + session;
	}

	public MvcTestResult propose(long session, Api.Session as, Map<String, Object> item, String... headers) {
		return api.post(uri(session) + "/items", as, item, headers);
	}

	public long objective(long session, Api.Session as, String text) {
		var proposed = propose(session, as, Map.of("kind", "OBJECTIVE", "text", text));
		assertThat(proposed).hasStatus(201);
		return Api.id(proposed);
	}

	public long keyResult(long session, Api.Session as, long objectiveItem, String text) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("kind", "KEY_RESULT");
		item.put("parentItemId", objectiveItem);
		item.put("text", text);
		item.put("keyResultKind", "INCREASE");
		item.put("start", 10);
		item.put("target", 40);
		item.put("unit", "teams");
		var proposed = propose(session, as, item);
		assertThat(proposed).hasStatus(201);
		return Api.id(proposed);
	}

	public MvcTestResult decide(long session, Api.Session as, long item, String state, String reason) {
		Map<String, Object> decision = new LinkedHashMap<>();
		decision.put("state", state);
		decision.put("reason", reason);
		decision.put("version", version(session, as, item));
		return api.post(uri(session) + "/items/" + item + "/decision", as, decision);
	}

	public void adopt(long session, Api.Session as, long item) {
		assertThat(decide(session, as, item, "ADOPTED", "")).hasStatusOk();
	}

	public MvcTestResult step(long session, Api.Session as, String step) {
		int version = Api.read(api.get(uri(session), as), "$.session.version");
		return api.post(uri(session) + "/" + step, as, Map.of("version", version));
	}

	/** The item's current version, as the board shows it. */
	public int version(long session, Api.Session as, long item) {
		List<Integer> versions = Api.read(api.get(uri(session), as), "$..[?(@.id == " + item + " && @.sessionId)].version");
		assertThat(versions).as("item %s on the board", item).isNotEmpty();
		return versions.get(0);
	}
}
