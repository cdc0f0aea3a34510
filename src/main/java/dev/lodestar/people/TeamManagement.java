package dev.lodestar.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/** Forms and changes teams: the tree, its leads and members. Admins only. */
@Service
public class TeamManagement {

	private final TeamRepository teams;

	private final PersonRepository people;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TeamManagement(TeamRepository teams, PersonRepository people, InputValidator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.teams = teams;
		this.people = people;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Team form(Caller actor, NewTeam command) {
		actor.requireAdmin();
		validator.check(command);
		var roster = roster(command.leadIds(), command.memberIds());
		if (command.parentId() != null && !teams.exists(command.parentId())) {
			throw InvalidInputException.of("parentId", "validation.unknown-team", command.parentId());
		}
		Instant now = clock.instant();
		long id = teams.insert(command.name().trim(), command.parentId(), now);
		teams.replaceMembers(id, roster.leads(), roster.members());
		Team team = new Team(id, command.name().trim(), command.parentId(), List.copyOf(roster.leads()),
				List.copyOf(roster.members()), 0);
		events.publishEvent(new TeamFormed(id, actor.personId(), now, Changes.between()
			.field("name", null, team.name())
			.field("parentId", null, team.parentId())
			.field("leadIds", null, team.leadIds())
			.field("memberIds", null, team.memberIds())
			.list()));
		return team;
	}

	@Transactional
	public Team revise(Caller actor, long id, TeamRevision command) {
		actor.requireAdmin();
		validator.check(command);
		Team current = teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
		var roster = roster(command.leadIds(), command.memberIds());
		if (command.parentId() != null) {
			if (!teams.exists(command.parentId())) {
				throw InvalidInputException.of("parentId", "validation.unknown-team", command.parentId());
			}
			if (teams.wouldCloseLoop(id, command.parentId())) {
				throw InvalidInputException.of("parentId", "validation.team-loop");
			}
		}
		Instant now = clock.instant();
		if (!teams.update(id, command.name().trim(), command.parentId(), command.version(), now)) {
			throw new StaleVersionException("team", id);
		}
		teams.replaceMembers(id, roster.leads(), roster.members());
		Team revised = new Team(id, command.name().trim(), command.parentId(), List.copyOf(roster.leads()),
				List.copyOf(roster.members()), current.version() + 1);
		events.publishEvent(new TeamChanged(id, actor.personId(), now, Changes.between()
			.field("name", current.name(), revised.name())
			.field("parentId", current.parentId(), revised.parentId())
			.field("leadIds", current.leadIds(), revised.leadIds())
			.field("memberIds", current.memberIds(), revised.memberIds())
			.list()));
		return revised;
	}

	@Transactional(readOnly = true)
	public Optional<Team> find(long id) {
		return teams.find(id);
	}

	/** These teams with their leads and members: two queries, however many. */
	@Transactional(readOnly = true)
	public List<Team> findAll(Collection<Long> ids) {
		return teams.findAll(ids);
	}

	@Transactional(readOnly = true)
	public Page<Team> search(String text, Long parentId, PageQuery page) {
		return Page.of(teams.search(text, parentId, page), page, teams.count(text, parentId));
	}

	/** Names to show for team ids: one query, however many. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return teams.namesOf(ids);
	}

	@Transactional(readOnly = true)
	public List<Team> teamsOf(long personId) {
		return teams.ofPerson(personId);
	}

	/**
	 * Whether the person leads a top-level team (one with no parent): such leads speak for the whole organisation,
	 * e.g. when a cycle closes. One query.
	 */
	@Transactional(readOnly = true)
	public boolean leadsATopLevelTeam(long personId) {
		return teams.leadsATopLevelTeam(personId);
	}

	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return teams.exists(id);
	}

	/** Every team with its parent and name, unordered by the tree: one light query. */
	@Transactional(readOnly = true)
	public List<TeamPlace> places() {
		return teams.places();
	}

	/** Which of these teams have sub-teams: one query however many. */
	@Transactional(readOnly = true)
	public Set<Long> withSubTeams(Collection<Long> teamIds) {
		return teams.withSubTeams(teamIds);
	}

	/** These teams and every team above them up to the top of the tree: one query however deep. */
	@Transactional(readOnly = true)
	public List<TeamPlace> ancestry(Collection<Long> teamIds) {
		return teams.ancestry(teamIds);
	}

	/** The team each of these people is shown under in pictures of the organisation: one query. */
	@Transactional(readOnly = true)
	public Map<Long, Long> homeTeamsOf(Collection<Long> personIds) {
		return teams.homeTeamsOf(personIds);
	}

	/** The leads of every team that has any, by team: one query, for planning what reaches leads. */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> leadsByTeam() {
		return teams.leadsByTeam();
	}

	/** The whole tree, sub-teams under their parents, each level by name: one query however large. */
	@Transactional(readOnly = true)
	public List<TeamBranch> tree() {
		Map<Long, List<TeamBranch>> children = new HashMap<>();
		List<TeamBranch> all = teams.outline();
		all.forEach(team -> children.computeIfAbsent(team.parentId(), parent -> new ArrayList<>()).add(team));
		return grow(children.getOrDefault(null, List.of()), children);
	}

	private static List<TeamBranch> grow(List<TeamBranch> level, Map<Long, List<TeamBranch>> children) {
		return level.stream()
			.map(team -> new TeamBranch(team.id(), team.name(), team.parentId(), team.leads(), team.members(),
					grow(children.getOrDefault(team.id(), List.of()), children)))
			.toList();
	}

	private record Roster(Set<Long> leads, Set<Long> members) {
	}

	/** Someone named as both lead and member is a lead; everyone named must be an active person. */
	private Roster roster(List<Long> leadIds, List<Long> memberIds) {
		Set<Long> leads = new LinkedHashSet<>(leadIds == null ? List.of() : leadIds);
		Set<Long> members = new LinkedHashSet<>(memberIds == null ? List.of() : memberIds);
		members.removeAll(leads);
		Set<Long> everyone = new HashSet<>(leads);
		everyone.addAll(members);
		Set<Long> known = people.activeAmong(everyone);
		List<FieldViolation> violations = new ArrayList<>();
		unknownIn("leadIds", leadIds, known, violations);
		unknownIn("memberIds", memberIds, known, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Roster(leads, members);
	}

	private static void unknownIn(String field, List<Long> ids, Set<Long> known, List<FieldViolation> violations) {
		if (ids == null) {
			return;
		}
		for (int i = 0; i < ids.size(); i++) {
			if (!known.contains(ids.get(i))) {
				violations.add(new FieldViolation(field + "[" + i + "]", "validation.unknown-person", ids.get(i)));
			}
		}
	}
}
