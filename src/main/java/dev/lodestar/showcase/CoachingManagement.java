package dev.lodestar.showcase;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Teams that asked the coaches for help: a team's lead asks (one open request a team), coaches and admins see the
 * open requests and mark one handled.
 */
@Service
public class CoachingManagement {

	private final CoachingRequestRepository requests;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final InputValidator validator;

	private final Clock clock;

	CoachingManagement(CoachingRequestRepository requests, TeamManagement teams, PeopleManagement people,
			InputValidator validator, Clock clock) {
		this.requests = requests;
		this.teams = teams;
		this.people = people;
		this.validator = validator;
		this.clock = clock;
	}

	/** Whether the caller may ask for help for the team: a lead of it, or an admin. */
	@Transactional(readOnly = true)
	public boolean mayAsk(Caller caller, long teamId) {
		return teams.find(teamId).map(team -> mayAsk(caller, team)).orElse(false);
	}

	@Transactional
	public CoachingRequest ask(Caller caller, long teamId, NewCoachingRequest command) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!mayAsk(caller, team)) {
			throw new ForbiddenException("problem.forbidden.coaching-lead-only");
		}
		validator.check(command);
		if (requests.openOf(teamId).isPresent()) {
			throw alreadyAsked();
		}
		long id;
		try {
			id = requests.insert(teamId, command.note().strip(), caller.personId(), clock.instant());
		}
		catch (DuplicateKeyException concurrentTwin) {
			throw alreadyAsked();
		}
		return named(List.of(requests.find(id).orElseThrow())).get(0);
	}

	/** The team's open request, if it has one. */
	@Transactional(readOnly = true)
	public Optional<CoachingRequest> openOf(long teamId) {
		return requests.openOf(teamId);
	}

	/** Every open request, the oldest first (coaches and admins): three queries however many. */
	@Transactional(readOnly = true)
	public List<CoachingRequest> open(Caller caller) {
		requireCoachOrAdmin(caller);
		return named(requests.open());
	}

	/** How many requests are open (coaches and admins): one query, for the home page's count. */
	@Transactional(readOnly = true)
	public int countOpen(Caller caller) {
		requireCoachOrAdmin(caller);
		return requests.countOpen();
	}

	/**
	 * A request, to the people of the team that asked (its leads and members), the coaches and the admins; anyone
	 * else is told it does not exist, as they are not told which teams asked for help.
	 */
	@Transactional(readOnly = true)
	public CoachingRequest find(Caller caller, long id) {
		return requests.find(id)
			.filter(request -> mayRead(caller, request.teamId()))
			.map(request -> named(List.of(request)).get(0))
			.orElseThrow(() -> new NotFoundException("coaching-request", id));
	}

	/** A team's requests, the latest first, to its people, the coaches and the admins: three queries however many. */
	@Transactional(readOnly = true)
	public List<CoachingRequest> ofTeam(Caller caller, long teamId) {
		if (!teams.exists(teamId)) {
			throw new NotFoundException("team", teamId);
		}
		if (!mayRead(caller, teamId)) {
			throw new ForbiddenException("problem.forbidden.coaching-team");
		}
		return named(requests.ofTeam(teamId));
	}

	private static boolean mayRead(Caller caller, long teamId) {
		return caller.readsAllHealth() || caller.belongsTo(teamId);
	}

	@Transactional
	public CoachingRequest handle(Caller caller, long id) {
		requireCoachOrAdmin(caller);
		requests.find(id).orElseThrow(() -> new NotFoundException("coaching-request", id));
		Instant now = clock.instant();
		if (!requests.handle(id, caller.personId(), now)) {
			throw new RuleViolationException("coaching-request-handled", "coaching.handled-already");
		}
		return named(List.of(requests.find(id).orElseThrow())).get(0);
	}

	private static boolean mayAsk(Caller caller, Team team) {
		return caller.admin() || team.leadIds().contains(caller.personId());
	}

	private static void requireCoachOrAdmin(Caller caller) {
		if (!caller.readsAllHealth()) {
			throw new ForbiddenException("problem.forbidden.admin-or-coach");
		}
	}

	private static RuleViolationException alreadyAsked() {
		return new RuleViolationException("coaching-request-open", "coaching.open-already");
	}

	private List<CoachingRequest> named(List<CoachingRequest> found) {
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, String> teamNames = teams.namesOf(found.stream().map(CoachingRequest::teamId).toList());
		Map<Long, String> names = people.namesOf(found.stream().map(CoachingRequest::askedBy).toList());
		return found.stream()
			.map(request -> new CoachingRequest(request.id(), request.teamId(), teamNames.get(request.teamId()),
					request.note(), request.askedBy(), names.get(request.askedBy()), request.askedAt(),
					request.handledBy(), request.handledAt()))
			.toList();
	}
}
