package dev.lodestar.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

/**
 * A team's OKR health: computed from the modules' facts, stored per cycle, read back with the evidence seen through
 * the reader's eyes. Visible to the team's people and to admins (OKR coaches join them with issue 10). A team's
 * results are computed again once a change to its OKRs commits ({@link HealthUpdates}), when they are read and older
 * than {@link #FRESH} (what no event announces, a new member say), or on demand; each computation is its own short
 * transaction, and two computing at once leave one result.
 */
@Service
public class HealthManagement {

	/** How many cycles a trend shows, this one included. */
	static final int TREND_CYCLES = 6;

	/** How long stored results are read as they are before a read computes them again. */
	static final Duration FRESH = Duration.ofMinutes(1);

	private final HealthRepository results;

	private final TeamFactsReader teamFacts;

	private final EvidenceReader evidence;

	private final OrganisationHealthReader organisation;

	private final HealthExport export;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final TransactionTemplate own;

	private final TransactionTemplate reading;

	private final Clock clock;

	HealthManagement(HealthRepository results, TeamFactsReader teamFacts, EvidenceReader evidence,
			OrganisationHealthReader organisation, HealthExport export, TeamManagement teams, CycleManagement cycles,
			PlatformTransactionManager transactions, Clock clock) {
		this.results = results;
		this.teamFacts = teamFacts;
		this.evidence = evidence;
		this.organisation = organisation;
		this.export = export;
		this.teams = teams;
		this.cycles = cycles;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** The team's health in a cycle (the current one when none is named), computed first if it is not fresh. */
	public TeamHealth ofTeam(Caller caller, long teamId, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		Cycle cycle = cycleOf(cycleId);
		var stored = reading.execute(status -> results.find(cycle.id(), HealthRepository.teamScope(teamId)));
		if (stored.computedAt() == null || stored.computedAt().isBefore(clock.instant().minus(FRESH))) {
			compute(team, cycle);
			stored = reading.execute(status -> results.find(cycle.id(), HealthRepository.teamScope(teamId)));
		}
		var found = stored;
		List<TrendPoint> trend = trendOf(team, cycle);
		return reading.execute(status -> new TeamHealth(teamId, team.name(), cycle.id(), cycle.name(), found.computedAt(),
				evidence.viewsOf(caller, found.results(), team.id(), cycle.id()), trend));
	}

	/**
	 * The team's values in the cycles of the same rhythm before this one and in this one, oldest first. An earlier
	 * cycle without results is computed once, the first time a trend needs it (at most {@link #TREND_CYCLES}).
	 */
	private List<TrendPoint> trendOf(Team team, Cycle cycle) {
		List<Cycle> shown = new ArrayList<>(cycles.earlier(cycle, TREND_CYCLES - 1));
		Collections.reverse(shown);
		shown.add(cycle);
		String scope = HealthRepository.teamScope(team.id());
		List<Long> ids = shown.stream().map(Cycle::id).toList();
		var values = reading.execute(status -> results.valuesOf(ids, scope));
		List<Cycle> missing = shown.stream().filter(earlier -> !values.containsKey(earlier.id())).toList();
		if (!missing.isEmpty()) {
			missing.forEach(earlier -> compute(team, earlier));
			values.putAll(reading.execute(status -> results.valuesOf(missing.stream().map(Cycle::id).toList(), scope)));
		}
		return shown.stream()
			.map(shownCycle -> new TrendPoint(shownCycle.id(), shownCycle.name(), values.getOrDefault(shownCycle.id(), Map.of())))
			.toList();
	}

	/**
	 * The organisation's health in a cycle: how many teams each signal finds where, one page of the heat map of teams
	 * × signals, and the trend. Admins (and OKR coaches, with issue 10); read from stored results only.
	 */
	public OrganisationHealth ofOrganisation(Caller caller, Long cycleId, PageQuery page) {
		caller.requireAdmin();
		return organisation.read(cycleOf(cycleId), page);
	}

	/** Every team's stored health of the cycle as CSV (an admin). */
	public byte[] export(Caller caller, Long cycleId) {
		caller.requireAdmin();
		return export.csv(cycleOf(cycleId).id());
	}

	/** Computes every team's health in the cycle now (an admin); answers how many teams. */
	public int recomputeAll(Caller caller, Long cycleId) {
		caller.requireAdmin();
		Cycle cycle = cycleOf(cycleId);
		int computed = 0;
		for (int page = 0;; page++) {
			var batch = teams.search(null, null, new PageQuery(page, PageQuery.MAX_SIZE));
			batch.items().forEach(team -> compute(team, cycle));
			computed += batch.items().size();
			if (batch.items().size() < PageQuery.MAX_SIZE) {
				return computed;
			}
		}
	}

	/**
	 * Computes again, once each, the health of the teams these objectives touch in their cycles — those still there,
	 * found by id, and those deleted, whose place their deletion named: a team's objective its team, a person's every
	 * team of theirs.
	 */
	void refreshTeamsOf(Collection<Long> objectiveIds, Collection<ObjectiveFacts.Place> deleted) {
		Map<Long, Set<Long>> teamsByCycle = new LinkedHashMap<>();
		Map<Long, List<Team>> teamsOfPeople = new HashMap<>();
		List<ObjectiveFacts.Place> places = new ArrayList<>(teamFacts.placesOf(objectiveIds));
		places.addAll(deleted);
		for (var place : places) {
			Set<Long> touched = teamsByCycle.computeIfAbsent(place.cycleId(), cycle -> new LinkedHashSet<>());
			if (place.owner().isTeam()) {
				touched.add(place.owner().teamId());
			}
			else {
				teamsOfPeople.computeIfAbsent(place.owner().personId(), teams::teamsOf).forEach(team -> touched.add(team.id()));
			}
		}
		teamsByCycle.forEach((cycleId, teamIds) -> cycles.find(cycleId)
			.ifPresent(cycle -> teams.findAll(teamIds).forEach(team -> compute(team, cycle))));
	}

	/** Computes the team's health in the cycle now (its people or an admin) and answers it. */
	public TeamHealth recompute(Caller caller, long teamId, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		compute(team, cycleOf(cycleId));
		return ofTeam(caller, teamId, cycleId);
	}

	private void compute(Team team, Cycle cycle) {
		Set<Long> teamPeople = new HashSet<>(team.leadIds());
		teamPeople.addAll(team.memberIds());
		Instant now = clock.instant();
		try {
			own.executeWithoutResult(status -> results.replace(cycle.id(), HealthRepository.teamScope(team.id()),
					HealthFold.of(teamFacts.of(team, teamPeople, cycle, now)), now));
		}
		catch (DuplicateKeyException computedAtTheSameTime) {
			// Another reader stored the same computation a moment earlier: theirs stands.
		}
	}

	private Team readableTeam(Caller caller, long teamId) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!caller.admin() && !caller.belongsTo(teamId)) {
			throw new ForbiddenException("problem.health-team-only");
		}
		return team;
	}

	private Cycle cycleOf(Long cycleId) {
		return cycles.chooseOrCurrent(cycleId)
			.orElseThrow(() -> cycleId == null ? new NotFoundException("cycle", "current")
					: InvalidInputException.of("cycleId", "validation.unknown-cycle", cycleId));
	}
}
