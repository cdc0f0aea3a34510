package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;

/**
 * Calibration of a person (over their personal objectives) or a team (over the objectives it owns), in every
 * cycle. It exists to help them judge better, never to judge them: only the person, or the team's members and
 * leads, may read it — an admin too only as that person or a member. A constant number of statements.
 */
@Service
public class CalibrationManagement {

	private final CalibrationRepository calibration;

	private final ScoreRepository scores;

	private final ObjectiveManagement objectives;

	private final CheckInManagement checkIns;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	CalibrationManagement(CalibrationRepository calibration, ScoreRepository scores, ObjectiveManagement objectives,
			CheckInManagement checkIns, CycleManagement cycles, TeamManagement teams) {
		this.calibration = calibration;
		this.scores = scores;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.cycles = cycles;
		this.teams = teams;
	}

	@Transactional(readOnly = true)
	public Calibration ofPerson(Caller caller, long personId) {
		if (!mayReadPerson(caller, personId)) {
			throw new ForbiddenException("problem.forbidden.calibration-person");
		}
		List<ObjectiveView> owned = objectives.ownedByAny(caller, null, List.of(personId), List.of());
		return calibrationOf(caller, CalibrationSubject.PERSON, personId, caller.name(), owned);
	}

	@Transactional(readOnly = true)
	public Calibration ofTeam(Caller caller, long teamId) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!mayReadTeam(caller, teamId)) {
			throw new ForbiddenException("problem.forbidden.calibration-team");
		}
		// The team's own objectives only, never its people's: nothing here goes into anyone's score-view log.
		List<ObjectiveView> owned = objectives.ownedByAny(caller, null, List.of(), List.of(teamId));
		return calibrationOf(caller, CalibrationSubject.TEAM, teamId, team.name(), owned);
	}

	/** Only the person themself: being an admin is not enough. */
	public static boolean mayReadPerson(Caller caller, long personId) {
		return caller.personId() == personId;
	}

	/** Only the team's members and leads: being an admin is not enough. */
	public static boolean mayReadTeam(Caller caller, long teamId) {
		return caller.belongsTo(teamId);
	}

	private Calibration calibrationOf(Caller caller, CalibrationSubject subject, long subjectId, String name,
			List<ObjectiveView> owned) {
		Map<Long, String> titles = new HashMap<>();
		Map<Long, Long> cycleOf = new HashMap<>();
		for (ObjectiveView objective : owned) {
			for (KeyResultView keyResult : objective.keyResults()) {
				titles.put(keyResult.keyResult().id(), keyResult.keyResult().title());
				cycleOf.put(keyResult.keyResult().id(), objective.objective().cycleId());
			}
		}
		CalibrationGap gap = CalibrationGap.of(calibration.revealedJudgementsOn(titles.keySet()));

		List<Score> finals = calibration.finalScoresOf(titles.keySet());
		var history = finals.isEmpty() ? Map.<Long, List<dev.lodestar.checkins.CheckIn>>of()
				: checkIns.since(caller, finals.stream().map(Score::keyResultId).toList(), Instant.EPOCH);
		CalibrationForecasts forecasts = CalibrationForecasts.of(finals, history);

		Map<Long, List<BigDecimal>> scoresByCycle = new LinkedHashMap<>();
		for (Score score : scores.latestOf(titles.keySet()).values()) {
			scoresByCycle.computeIfAbsent(cycleOf.get(score.keyResultId()), id -> new ArrayList<>()).add(score.value());
		}
		List<CalibrationDistribution> distributions = new ArrayList<>();
		if (!scoresByCycle.isEmpty()) {
			for (Cycle cycle : cycles.findAll(scoresByCycle.keySet())) {
				distributions.add(CalibrationDistribution.of(cycle, scoresByCycle.get(cycle.id())));
			}
		}
		Map<Long, String> forecastTitles = new HashMap<>();
		forecasts.forecasts().forEach(forecast -> forecastTitles.put(forecast.keyResultId(), titles.get(forecast.keyResultId())));
		return new Calibration(subject, subjectId, name, gap, forecasts, distributions, forecastTitles);
	}
}
