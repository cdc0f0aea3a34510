package dev.lodestar.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/** Admins define and revise appraisal periods; everyone signed in reads them, to find their own results. */
@Service
public class AppraisalPeriods {

	private final PeriodRepository periods;

	private final InputValidator validator;

	private final Clock clock;

	AppraisalPeriods(PeriodRepository periods, InputValidator validator, Clock clock) {
		this.periods = periods;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public AppraisalPeriod define(Caller actor, NewPeriod command) {
		actor.requireAdmin();
		validator.check(command, dateViolations(command.startsOn(), command.endsOn()));
		return find(periods.insert(command, actor.personId(), clock.instant()));
	}

	@Transactional
	public AppraisalPeriod revise(Caller actor, long id, PeriodRevision command) {
		actor.requireAdmin();
		validator.check(command, dateViolations(command.startsOn(), command.endsOn()));
		AppraisalPeriod period = find(id);
		if (period.closed()) {
			throw new RuleViolationException("appraisal-period-closed", "appraisal.closed.detail", period.name());
		}
		if (!periods.update(id, command, clock.instant())) {
			throw new StaleVersionException("appraisal-period", id);
		}
		return find(id);
	}

	@Transactional(readOnly = true)
	public AppraisalPeriod find(long id) {
		return periods.find(id).orElseThrow(() -> new NotFoundException("appraisal-period", id));
	}

	/** Every period, the latest first. */
	@Transactional(readOnly = true)
	public List<AppraisalPeriod> all() {
		return periods.all();
	}

	private static List<FieldViolation> dateViolations(LocalDate startsOn, LocalDate endsOn) {
		return startsOn != null && endsOn != null && !startsOn.isBefore(endsOn)
				? List.of(new FieldViolation("endsOn", "validation.ends-after-start"))
				: List.of();
	}
}
