package dev.lodestar.readiness;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;

/**
 * The team readiness check: a team's lead (or an admin) opens it for a cycle, the team's people each answer once,
 * anonymously, and the team reads where it stands once enough answered. Nothing here logs, and nothing it answers
 * says who answered what (ADR 0015).
 */
@Service
public class ReadinessManagement {

	/** A result shows from this many answers: fewer, and one person's answers could be read from it. */
	public static final int MINIMUM_ANSWERS = 3;

	private final ReadinessRepository repository;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final MessageSource messages;

	private final Clock clock;

	ReadinessManagement(ReadinessRepository repository, TeamManagement teams, CycleManagement cycles, MessageSource messages,
			Clock clock) {
		this.repository = repository;
		this.teams = teams;
		this.cycles = cycles;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public ReadinessCheck open(Caller caller, long teamId, NewReadinessCheck command) {
		Team team = team(teamId);
		if (!mayOpen(caller, team)) {
			throw new ForbiddenException("problem.forbidden.readiness-lead");
		}
		if (command == null || command.cycleId() == null) {
			throw InvalidInputException.of("cycleId", "validation.NotNull");
		}
		Cycle cycle = cycles.find(command.cycleId())
			.orElseThrow(() -> InvalidInputException.of("cycleId", "validation.unknown-cycle", command.cycleId()));
		long id;
		try {
			id = repository.insert(teamId, cycle.id(), clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw RuleViolationException.onField("cycleId", "readiness-check-exists", "problem.readiness-check-exists.detail",
					cycle.name());
		}
		repository.insertEmptyTallies(id);
		return view(caller, new StoredCheck(id, teamId, cycle.id(), ReadinessCheckState.OPEN, 0), team, cycle);
	}

	public boolean mayOpen(Caller caller, Team team) {
		return caller.admin() || team.leadIds().contains(caller.personId());
	}

	@Transactional(readOnly = true)
	public ReadinessCheck find(Caller caller, long id) {
		StoredCheck check = check(id);
		requireReader(caller, check.teamId());
		return view(caller, check, team(check.teamId()), cycle(check.cycleId()));
	}

	/**
	 * Counts one person's answers. The person is kept apart from them, only to refuse a second answer; the answers
	 * only raise the counts of their values.
	 */
	@Transactional
	public void answer(Caller caller, long id, ReadinessAnswers answers) {
		StoredCheck check = check(id);
		if (!caller.belongsTo(check.teamId())) {
			throw new ForbiddenException("problem.forbidden.readiness-team");
		}
		if (check.state() != ReadinessCheckState.OPEN) {
			throw new RuleViolationException("readiness-check-closed", "problem.readiness-check-closed.detail");
		}
		Map<ReadinessQuestion, Integer> valid = validated(answers);
		if (!repository.takeAnswer(id)) {
			throw new RuleViolationException("readiness-check-closed", "problem.readiness-check-closed.detail");
		}
		boolean first;
		try {
			first = repository.addParticipant(id, caller.personId());
		}
		catch (DuplicateKeyException twin) {
			first = false;
		}
		if (!first) {
			throw new RuleViolationException("readiness-answered", "problem.readiness-answered.detail");
		}
		repository.count(id, valid);
	}

	@Transactional
	public ReadinessCheck close(Caller caller, long id) {
		StoredCheck check = check(id);
		Team team = team(check.teamId());
		if (!mayOpen(caller, team)) {
			throw new ForbiddenException("problem.forbidden.readiness-lead");
		}
		repository.close(id);
		return view(caller, new StoredCheck(id, check.teamId(), check.cycleId(), ReadinessCheckState.CLOSED, check.answerCount()),
				team, cycle(check.cycleId()));
	}

	/** The team's checks by cycle, earliest first, with their three scores where they have a result. */
	@Transactional(readOnly = true)
	public List<ReadinessHistoryEntry> history(Caller caller, long teamId) {
		team(teamId);
		requireReader(caller, teamId);
		List<StoredCheck> checks = repository.ofTeam(teamId);
		if (checks.isEmpty()) {
			return List.of();
		}
		Map<Long, Cycle> cycleById = cycles.findAll(checks.stream().map(StoredCheck::cycleId).toList())
			.stream()
			.collect(Collectors.toMap(Cycle::id, Function.identity()));
		Map<Long, ReadinessTallies> tallies = repository.talliesOf(checks.stream().map(StoredCheck::id).toList());
		List<ReadinessHistoryEntry> history = new ArrayList<>();
		for (StoredCheck check : checks) {
			Cycle cycle = cycleById.get(check.cycleId());
			Map<ReadinessCondition, Integer> scores = shown(check)
					? ReadinessScoring.scores(tallies.getOrDefault(check.id(), new ReadinessTallies())) : Map.of();
			history.add(new ReadinessHistoryEntry(check.id(), check.cycleId(), cycle.name(), check.state(), check.answerCount(),
					scores.get(ReadinessCondition.EXPLORATORY_WORK), scores.get(ReadinessCondition.AUTHORISING_MANAGERS),
					scores.get(ReadinessCondition.SELF_DRIVEN_PEOPLE)));
		}
		history.sort(Comparator.comparing((ReadinessHistoryEntry entry) -> cycleById.get(entry.cycleId()).startsOn())
			.thenComparing(ReadinessHistoryEntry::checkId));
		return history;
	}

	public Questionnaire questionnaire(Locale locale) {
		List<ReadinessQuestionText> questions = new ArrayList<>();
		for (ReadinessQuestion question : ReadinessQuestion.values()) {
			questions.add(new ReadinessQuestionText(question, question.condition(),
					text(locale, "readiness.condition." + question.condition().name()), question.reversed(),
					text(locale, question.messageKey())));
		}
		List<String> scale = new ArrayList<>();
		for (int answer = ReadinessQuestion.LOWEST; answer <= ReadinessQuestion.HIGHEST; answer++) {
			scale.add(text(locale, "readiness.scale." + answer));
		}
		return new Questionnaire(questions, scale);
	}

	private static Map<ReadinessQuestion, Integer> validated(ReadinessAnswers answers) {
		Map<String, Integer> given = answers == null || answers.answers() == null ? Map.of() : answers.answers();
		List<FieldViolation> violations = new ArrayList<>();
		Map<ReadinessQuestion, Integer> valid = new EnumMap<>(ReadinessQuestion.class);
		for (ReadinessQuestion question : ReadinessQuestion.values()) {
			Integer answer = given.get(question.name());
			String field = "answers." + question.name();
			if (answer == null) {
				violations.add(new FieldViolation(field, "validation.readiness.answer-missing"));
			}
			else if (answer < ReadinessQuestion.LOWEST || answer > ReadinessQuestion.HIGHEST) {
				violations.add(new FieldViolation(field, "validation.Range", ReadinessQuestion.LOWEST, ReadinessQuestion.HIGHEST));
			}
			else {
				valid.put(question, answer);
			}
		}
		for (String name : given.keySet()) {
			if (Arrays.stream(ReadinessQuestion.values()).noneMatch(question -> question.name().equals(name))) {
				violations.add(new FieldViolation("answers." + name, "validation.unknown-field"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return valid;
	}

	private ReadinessCheck view(Caller caller, StoredCheck check, Team team, Cycle cycle) {
		Locale locale = caller.locale();
		boolean open = check.state() == ReadinessCheckState.OPEN;
		boolean ofTeam = caller.belongsTo(check.teamId());
		boolean answered = ofTeam && repository.hasAnswered(check.id(), caller.personId());
		ReadinessResult result = null;
		String notEnough = null;
		if (shown(check)) {
			result = result(ReadinessScoring.scores(repository.talliesOf(List.of(check.id()))
				.getOrDefault(check.id(), new ReadinessTallies())), locale);
		}
		else if (open) {
			notEnough = text(locale, "readiness.shown-when-closed", check.answerCount(), MINIMUM_ANSWERS);
		}
		else {
			notEnough = text(locale, "readiness.not-enough", check.answerCount(), MINIMUM_ANSWERS);
		}
		return new ReadinessCheck(check.id(), team.id(), team.name(), cycle.id(), cycle.name(), check.state(), check.answerCount(),
				MINIMUM_ANSWERS, answered, open && ofTeam && !answered, open && mayOpen(caller, team), result, notEnough);
	}

	/**
	 * A result shows once the check is closed, from {@link #MINIMUM_ANSWERS} answers. Shown while answers still came
	 * in, whoever read it before and after someone answered could read that person's answers off the difference.
	 */
	private static boolean shown(StoredCheck check) {
		return check.state() == ReadinessCheckState.CLOSED && check.answerCount() >= MINIMUM_ANSWERS;
	}

	private ReadinessResult result(Map<ReadinessCondition, Integer> scores, Locale locale) {
		List<ConditionResult> conditions = new ArrayList<>();
		scores.forEach((condition, score) -> {
			ReadinessStand stand = ReadinessStand.of(score);
			conditions.add(new ConditionResult(condition, text(locale, "readiness.condition." + condition.name()), score, stand,
					text(locale, "readiness.advice." + condition.name() + "." + stand.name())));
		});
		ReadinessStand overall = ReadinessScoring.overall(scores);
		return new ReadinessResult(conditions, overall, text(locale, "readiness.summary." + overall.name()));
	}

	/** The team's people, admins and the OKR coaches read a check (the same rule as the link fragment's). */
	private void requireReader(Caller caller, long teamId) {
		if (!mayRead(caller, teamId)) {
			throw new ForbiddenException("problem.forbidden.readiness-team");
		}
	}

	public static boolean mayRead(Caller caller, long teamId) {
		return caller.admin() || caller.coach() || caller.belongsTo(teamId);
	}

	private StoredCheck check(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("readiness-check", id));
	}

	private Team team(long teamId) {
		return teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
	}

	private Cycle cycle(long cycleId) {
		return cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
