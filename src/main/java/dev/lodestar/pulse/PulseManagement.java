package dev.lodestar.pulse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.people.TeamPlace;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.pulse.PulseRepository.PulseRow;

/**
 * Opening and closing a cycle's pulse (admins), answering it (everyone, once) and reading what it says. Answering
 * writes who answered and what was answered apart, and logs neither (ADR 0016).
 */
@Service
public class PulseManagement {

	private final PulseRepository repository;

	private final PulseResultsReader results;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final InputValidator validator;

	private final MessageSource messages;

	PulseManagement(PulseRepository repository, PulseResultsReader results, CycleManagement cycles, TeamManagement teams,
			InputValidator validator, MessageSource messages) {
		this.repository = repository;
		this.results = results;
		this.cycles = cycles;
		this.teams = teams;
		this.validator = validator;
		this.messages = messages;
	}

	@Transactional
	public Pulse open(Caller actor, NewPulse command) {
		actor.requireAdmin();
		validator.check(command);
		Cycle cycle = cycles.find(command.cycleId())
			.orElseThrow(() -> InvalidInputException.of("cycleId", "pulse.cycle-unknown"));
		if (repository.existsFor(cycle.id())) {
			throw exists(cycle);
		}
		if (repository.current().isPresent()) {
			throw anotherOpen();
		}
		long id;
		try {
			id = repository.insert(cycle.id());
		}
		catch (DuplicateKeyException twin) {
			// another admin opened one at the same moment: for this cycle, or any while none was open
			throw PulseRepository.anotherIsOpen(twin) ? anotherOpen() : exists(cycle);
		}
		List<Long> tallied = new ArrayList<>(teams.places().stream().map(TeamPlace::id).toList());
		tallied.add(PulseRepository.NO_TEAM);
		repository.insertEmptyTallies(id, tallied);
		return withCycle(repository.find(id).orElseThrow(), cycle);
	}

	private static RuleViolationException exists(Cycle cycle) {
		return RuleViolationException.onField("cycleId", "pulse-exists", "problem.pulse-exists.detail", cycle.name());
	}

	/** Only the newest open pulse could be answered, so a second one open would be dead weight. */
	private static RuleViolationException anotherOpen() {
		return RuleViolationException.onField("cycleId", "pulse-open", "problem.pulse-open.detail");
	}

	@Transactional
	public Pulse close(Caller actor, long id) {
		actor.requireAdmin();
		PulseRow pulse = repository.find(id).orElseThrow(() -> new NotFoundException("pulse", id));
		if (!repository.close(id)) {
			throw new RuleViolationException("pulse-closed", "problem.pulse-closed.detail");
		}
		return withCycle(repository.find(pulse.id()).orElseThrow(), cycles.find(pulse.cycleId()).orElseThrow());
	}

	/** Every pulse, the newest first, with how many answered. */
	@Transactional(readOnly = true)
	public List<Pulse> list() {
		List<PulseRow> rows = repository.all();
		Map<Long, String> names = cycleNames(rows);
		return rows.stream().map(row -> pulse(row, names.get(row.cycleId()))).toList();
	}

	@Transactional(readOnly = true)
	public Pulse find(long id) {
		PulseRow row = repository.find(id).orElseThrow(() -> new NotFoundException("pulse", id));
		return withCycle(row, cycles.find(row.cycleId()).orElseThrow());
	}

	/** The pulse open now, as the caller sees it: whether they answered, and the questions in their language. */
	@Transactional(readOnly = true)
	public Optional<CurrentPulse> current(Caller caller) {
		return repository.current().map(row -> {
			Pulse pulse = withCycle(row, cycles.find(row.cycleId()).orElseThrow());
			return new CurrentPulse(pulse, repository.hasAnswered(row.id(), caller.personId()), questionsIn(caller.locale()));
		});
	}

	public List<CurrentPulse.QuestionText> questionsIn(Locale locale) {
		return Arrays.stream(PulseQuestion.values())
			.map(question -> new CurrentPulse.QuestionText(question, question.need(),
					messages.getMessage(question.messageKey(), null, locale)))
			.toList();
	}

	/**
	 * Counts the caller's answers under their home team, and notes only that they answered. The pulse is locked
	 * while this happens, so one person's two answers at once end in one count and one refusal.
	 */
	@Transactional
	public PulseAnswered answer(Caller caller, long id, PulseAnswer answer) {
		Map<PulseQuestion, Integer> answers = checked(answer);
		PulseState state = repository.lock(id).orElseThrow(() -> new NotFoundException("pulse", id));
		if (state != PulseState.OPEN) {
			throw new RuleViolationException("pulse-closed", "problem.pulse-closed.detail");
		}
		if (repository.hasAnswered(id, caller.personId())) {
			throw new RuleViolationException("pulse-answered", "problem.pulse-answered.detail");
		}
		repository.addParticipant(id, caller.personId());
		Long home = teams.homeTeamsOf(List.of(caller.personId())).get(caller.personId());
		repository.count(id, home == null ? PulseRepository.NO_TEAM : home, answers);
		return new PulseAnswered(id, true);
	}

	/** A team's pulse over cycles, for its people, admins and the OKR coaches (who read its health too). */
	@Transactional(readOnly = true)
	public PulseResults resultsOfTeam(Caller caller, long teamId) {
		var team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!mayReadTeam(caller, teamId)) {
			throw new dev.lodestar.platform.errors.ForbiddenException("problem.forbidden.pulse-team");
		}
		return results.of(team.id(), team.name());
	}

	public static boolean mayReadTeam(Caller caller, long teamId) {
		return caller.readsAllHealth() || caller.belongsTo(teamId);
	}

	/** The organisation's pulse over cycles, for everyone. */
	@Transactional(readOnly = true)
	public PulseResults resultsOfOrganisation() {
		return results.of(null, null);
	}

	private Map<PulseQuestion, Integer> checked(PulseAnswer answer) {
		if (answer == null || answer.answers() == null) {
			throw InvalidInputException.of("answers", "validation.NotNull");
		}
		List<FieldViolation> violations = new ArrayList<>();
		Map<PulseQuestion, Integer> answers = new EnumMap<>(PulseQuestion.class);
		for (String name : answer.answers().keySet()) {
			if (Arrays.stream(PulseQuestion.values()).noneMatch(question -> question.name().equals(name))) {
				violations.add(new FieldViolation("answers." + name, "validation.unknown-field"));
			}
		}
		for (PulseQuestion question : PulseQuestion.values()) {
			Integer value = answer.answers().get(question.name());
			String field = "answers." + question.name();
			if (value == null) {
				violations.add(new FieldViolation(field, "pulse.answer-required"));
			}
			else if (value < PulseQuestion.LOWEST || value > PulseQuestion.HIGHEST) {
				violations.add(new FieldViolation(field, "validation.Range", PulseQuestion.LOWEST, PulseQuestion.HIGHEST));
			}
			else {
				answers.put(question, value);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return answers;
	}

	private Map<Long, String> cycleNames(List<PulseRow> rows) {
		Map<Long, String> names = new java.util.HashMap<>();
		cycles.findAll(rows.stream().map(PulseRow::cycleId).distinct().toList())
			.forEach(cycle -> names.put(cycle.id(), cycle.name()));
		return names;
	}

	private static Pulse withCycle(PulseRow row, Cycle cycle) {
		return pulse(row, cycle.name());
	}

	private static Pulse pulse(PulseRow row, String cycleName) {
		return new Pulse(row.id(), row.cycleId(), cycleName, row.state(), row.answered(), row.version());
	}
}
