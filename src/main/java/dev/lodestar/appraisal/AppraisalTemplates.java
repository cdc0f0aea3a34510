package dev.lodestar.appraisal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Admins define templates of weighted KPIs; everyone signed in may read them, so people know what their appraisal
 * reads. One template per person and per team role; which applies when several match is {@link TemplateChoice}'s rule.
 */
@Service
public class AppraisalTemplates {

	/** Enough KPIs to describe a job; more would make each weight too small to mean anything. */
	public static final int MAX_ITEMS = 10;

	/** The weights of a template sum to exactly this, in whole percent. */
	public static final int TOTAL_WEIGHT = 100;

	private final TemplateRepository templates;

	private final KpiManagement kpis;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final InputValidator validator;

	private final Clock clock;

	AppraisalTemplates(TemplateRepository templates, KpiManagement kpis, PeopleManagement people, TeamManagement teams,
			InputValidator validator, Clock clock) {
		this.templates = templates;
		this.kpis = kpis;
		this.people = people;
		this.teams = teams;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public AppraisalTemplate define(Caller actor, NewTemplate command) {
		actor.requireAdmin();
		check(command, 0);
		return find(templates.insert(command, actor.personId(), clock.instant()));
	}

	@Transactional
	public AppraisalTemplate revise(Caller actor, long id, TemplateRevision command) {
		actor.requireAdmin();
		find(id);
		validator.check(command,
				command == null || command.items() == null ? List.of() : furtherViolations(command.definition()));
		refuseTaken(command.definition(), id);
		if (!templates.update(id, command, clock.instant())) {
			throw new StaleVersionException("appraisal-template", id);
		}
		return find(id);
	}

	@Transactional(readOnly = true)
	public AppraisalTemplate find(long id) {
		return templates.find(id).orElseThrow(() -> new NotFoundException("appraisal-template", id));
	}

	/** Every template, the first defined first. */
	@Transactional(readOnly = true)
	public List<AppraisalTemplate> all() {
		return templates.all();
	}

	private void check(NewTemplate command, long exceptId) {
		validator.check(command, command == null || command.items() == null ? List.of() : furtherViolations(command));
		refuseTaken(command, exceptId);
	}

	private void refuseTaken(NewTemplate command, long exceptId) {
		templates.takenBy(command, exceptId).ifPresent(other -> {
			throw RuleViolationException.onField(command.appliesTo() == AppliesTo.PERSON ? "personId" : "teamId",
					"appraisal-template-taken", "validation.appraisal-template-taken", other);
		});
	}

	/** The rules the annotations cannot say: whom it applies to exists, each KPI exists and appears once, 100 in all. */
	private List<FieldViolation> furtherViolations(NewTemplate command) {
		List<FieldViolation> violations = new ArrayList<>(targetViolations(command));
		List<TemplateItem> items = command.items().stream().filter(Objects::nonNull).toList();
		Set<Long> known = kpis.findAll(items.stream().map(TemplateItem::kpiId).filter(Objects::nonNull).toList()).keySet();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < command.items().size(); i++) {
			TemplateItem item = command.items().get(i);
			if (item == null || item.kpiId() == null) {
				continue;
			}
			if (!known.contains(item.kpiId())) {
				violations.add(new FieldViolation("items[" + i + "].kpiId", "validation.appraisal-unknown-kpi", item.kpiId()));
			}
			else if (!seen.add(item.kpiId())) {
				violations.add(new FieldViolation("items[" + i + "].kpiId", "validation.appraisal-kpi-twice", item.kpiId()));
			}
		}
		if (!items.isEmpty() && items.stream().allMatch(item -> item.weight() != null)) {
			int sum = items.stream().mapToInt(TemplateItem::weight).sum();
			if (sum != TOTAL_WEIGHT) {
				violations.add(new FieldViolation("items", "validation.appraisal-weights-sum", sum, TOTAL_WEIGHT));
			}
		}
		return violations;
	}

	private List<FieldViolation> targetViolations(NewTemplate command) {
		if (command.appliesTo() == null) {
			return List.of();
		}
		if (command.appliesTo() == AppliesTo.PERSON) {
			if (command.personId() == null) {
				return List.of(new FieldViolation("personId", "validation.appraisal-person-needed"));
			}
			return people.find(command.personId()).isPresent() ? List.of()
					: List.of(new FieldViolation("personId", "validation.unknown-person", command.personId()));
		}
		if (command.teamId() == null) {
			return List.of(new FieldViolation("teamId", "validation.appraisal-team-needed"));
		}
		return teams.exists(command.teamId()) ? List.of()
				: List.of(new FieldViolation("teamId", "validation.unknown-team", command.teamId()));
	}
}
