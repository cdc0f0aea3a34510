package dev.lodestar.health;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import dev.lodestar.people.TeamPlace;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

/**
 * A team's OKR health: computed from the modules' facts, stored per cycle, read back with the evidence seen through
 * the reader's eyes. Visible to the team's people, to admins and to OKR coaches. A team's
 * results are computed again once a change to its OKRs or its people commits ({@link HealthUpdates}), when they are
 * read and there are none yet, or on demand; reads never compute what is stored. Teams are computed in batches of
 * {@link #BATCH}, each module asked once per batch, each batch its own short transaction.
 */
@Service
public class HealthManagement {

	/** How many cycles a trend shows, this one included. */
	static final int TREND_CYCLES = 6;

	/** How many teams are computed together: each module answers for all of them in one query. */
	static final int BATCH = 500;

	/** How many times a batch is stored again when a team of it was stored meanwhile by another computation. */
	private static final int STORE_ATTEMPTS = 3;

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

	/** The team's health in a cycle (the current one when none is named), as stored; computed first if it never was. */
	public TeamHealth ofTeam(Caller caller, long teamId, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		Cycle cycle = cycleOf(cycleId);
		var stored = reading.execute(status -> results.find(cycle.id(), HealthRepository.teamScope(teamId)));
		if (stored.computedAt() == null) {
			compute(List.of(team), cycle);
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
			missing.forEach(earlier -> compute(List.of(team), earlier));
			values.putAll(reading.execute(status -> results.valuesOf(missing.stream().map(Cycle::id).toList(), scope)));
		}
		return shown.stream()
			.map(shownCycle -> new TrendPoint(shownCycle.id(), shownCycle.name(), values.getOrDefault(shownCycle.id(), Map.of())))
			.toList();
	}

	/**
	 * The organisation's health in a cycle: how many teams each signal finds where, one page of the heat map of teams
	 * × signals, and the trend. Admins and OKR coaches; read from stored results only.
	 */
	public OrganisationHealth ofOrganisation(Caller caller, Long cycleId, PageQuery page) {
		if (!caller.readsAllHealth()) {
			throw new ForbiddenException("problem.forbidden.admin-or-coach");
		}
		return organisation.read(cycleOf(cycleId), page);
	}

	/** Every team's stored health of the cycle as CSV (an admin). */
	public byte[] export(Caller caller, Long cycleId) {
		caller.requireAdmin();
		return export.csv(cycleOf(cycleId).id());
	}

	/** Computes every team's health in the cycle now (an admin), batch by batch; answers how many teams. */
	public int recomputeAll(Caller caller, Long cycleId) {
		caller.requireAdmin();
		Cycle cycle = cycleOf(cycleId);
		List<Long> all = teams.places().stream().map(TeamPlace::id).toList();
		computeInBatches(all, cycle);
		return all.size();
	}

	/**
	 * Computes again, once each, the health of the teams these changes touch: the teams of these objectives in their
	 * cycles — those still there, found by id, and the places a change named (a deleted objective's, a refused
	 * attempt's): a team's its team, a person's every team of theirs — and these teams, whose people changed, in each
	 * open cycle they have results in.
	 */
	void refreshTeamsOf(Collection<Long> objectiveIds, Collection<ObjectiveFacts.Place> named, Collection<Long> teamIds) {
		Map<Long, Set<Long>> teamsByCycle = new LinkedHashMap<>();
		Map<Long, List<Team>> teamsOfPeople = new HashMap<>();
		List<ObjectiveFacts.Place> places = new ArrayList<>(teamFacts.placesOf(objectiveIds));
		places.addAll(named);
		for (var place : places) {
			Set<Long> touched = teamsByCycle.computeIfAbsent(place.cycleId(), cycle -> new LinkedHashSet<>());
			if (place.owner().isTeam()) {
				touched.add(place.owner().teamId());
			}
			else {
				teamsOfPeople.computeIfAbsent(place.owner().personId(), teams::teamsOf).forEach(team -> touched.add(team.id()));
			}
		}
		// a team's people changed: its stored results of cycles still open are computed again; a closed cycle's stay
		// as they were at its close, and a cycle never computed is computed when first read
		if (!teamIds.isEmpty()) {
			var stored = reading.execute(status -> results.cyclesOf(teamIds));
			cycles.findAll(stored.keySet()).stream()
				.filter(cycle -> cycle.state().isOpen())
				.forEach(cycle -> teamsByCycle.computeIfAbsent(cycle.id(), id -> new LinkedHashSet<>())
					.addAll(stored.get(cycle.id())));
		}
		teamsByCycle.forEach((cycleId, touched) -> cycles.find(cycleId)
			.ifPresent(cycle -> computeInBatches(List.copyOf(touched), cycle)));
	}

	private void computeInBatches(List<Long> teamIds, Cycle cycle) {
		for (int from = 0; from < teamIds.size(); from += BATCH) {
			List<Long> ids = teamIds.subList(from, Math.min(teamIds.size(), from + BATCH));
			compute(reading.execute(status -> teams.findAll(ids)), cycle);
		}
	}

	/** Computes the team's health in the cycle now (its people or an admin) and answers it. */
	public TeamHealth recompute(Caller caller, long teamId, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		compute(List.of(team), cycleOf(cycleId));
		return ofTeam(caller, teamId, cycleId);
	}

	/**
	 * Computes these teams' health in the cycle and stores it in one short transaction. Should another computation
	 * store one of the teams meanwhile (a check-in's, during a full recompute), the batch is stored again: both were
	 * computed from committed facts, and the later stands.
	 */
	private void compute(List<Team> batch, Cycle cycle) {
		if (batch.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		Map<String, List<SignalResult>> computed = new LinkedHashMap<>();
		reading.execute(status -> teamFacts.of(batch, cycle, now))
			.forEach((teamId, facts) -> computed.put(HealthRepository.teamScope(teamId), HealthFold.of(facts)));
		for (int attempt = 1;; attempt++) {
			try {
				own.executeWithoutResult(status -> results.replace(cycle.id(), computed, now));
				return;
			}
			catch (DuplicateKeyException storedMeanwhile) {
				if (attempt == STORE_ATTEMPTS) {
					throw storedMeanwhile;
				}
			}
		}
	}

	private Team readableTeam(Caller caller, long teamId) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!caller.readsAllHealth() && !caller.belongsTo(teamId)) {
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
