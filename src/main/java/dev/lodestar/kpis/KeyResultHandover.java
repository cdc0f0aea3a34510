package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.PlacedKeyResult;
import dev.lodestar.objectives.Reading;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Hands a key result that was achieved, and now only needs maintaining, over to a KPI owned by its objective's
 * owner: its metric (name, unit, direction, target) and its check-in history, one measurement per day, the last
 * check-in of the day. "Achieved" is read from the check-ins alone — the latest value reached the target — never
 * from a score: this module does not know scores (see {@code ScoreFirewallTests}).
 *
 * <p>A milestone is refused: done-or-not has no metric to keep healthy, and a KPI of ones would only say it is still
 * done. A key result is handed over once; the KPI names it as its origin, and the key result shows the KPI.
 */
@Service
public class KeyResultHandover {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private static final int NOTE_LIMIT = 500;

	private final KpiManagement kpis;

	private final KeyResultManagement keyResults;

	private final CheckInManagement checkIns;

	private final CarriedMeasurementRepository carried;

	private final KpiRepository kpiRows;

	private final InputValidator validator;

	private final MessageSource messages;

	KeyResultHandover(KpiManagement kpis, KeyResultManagement keyResults, CheckInManagement checkIns,
			CarriedMeasurementRepository carried, KpiRepository kpiRows, InputValidator validator, MessageSource messages) {
		this.kpis = kpis;
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.carried = carried;
		this.kpiRows = kpiRows;
		this.validator = validator;
		this.messages = messages;
	}

	@Transactional
	public Handover handOver(Caller actor, long keyResultId, NewHandover command) {
		validator.check(command);
		PlacedKeyResult placed = visible(actor, keyResultId);
		KeyResult keyResult = placed.view().keyResult();
		if (!keyResult.kind().isNumeric()) {
			throw new RuleViolationException("kpi-handover-milestone", "kpi.handover.milestone.detail");
		}
		if (!achieved(placed)) {
			throw new RuleViolationException("kpi-handover-not-achieved", "kpi.handover.not-achieved.detail",
					keyResult.target());
		}
		var earlier = kpis.fromKeyResult(keyResultId);
		if (!earlier.isEmpty()) {
			throw handedOverAlready(earlier.get(0).name());
		}
		Kpi kpi;
		try {
			kpi = kpis.define(actor, definitionOf(actor, placed, command), keyResultId);
		}
		catch (DuplicateKeyException handedOverMeanwhile) {
			// The unique origin refused ours; on PostgreSQL the transaction cannot read any more, so name the key result.
			throw handedOverAlready(keyResult.title());
		}
		List<Measurement> history = lastOfEachDay(kpi.id(),
				checkIns.since(actor, List.of(keyResultId), Instant.EPOCH).getOrDefault(keyResultId, List.of()));
		carried.insertAll(history);
		if (!history.isEmpty()) {
			kpiRows.advance(kpi.id(), history.get(history.size() - 1).measuredOn(), false);
		}
		return new Handover(kpis.find(kpi.id()), history.size());
	}

	/** Where the key result stands towards a KPI, for whoever may see it: a constant number of queries. */
	@Transactional(readOnly = true)
	public HandoverState stateOf(Caller caller, long keyResultId) {
		PlacedKeyResult placed = visible(caller, keyResultId);
		Kpi kpi = kpis.fromKeyResult(keyResultId).stream().findFirst().orElse(null);
		boolean achieved = placed.view().keyResult().kind().isNumeric() && achieved(placed);
		boolean may = kpi == null && achieved && kpis.isSteward(caller, ownerOf(placed));
		return new HandoverState(placed, kpi, achieved, may);
	}

	/** The latest check-in reached the target, in the key result's own direction. */
	static boolean achieved(PlacedKeyResult placed) {
		KeyResult keyResult = placed.view().keyResult();
		Reading latest = placed.view().latest();
		if (latest == null || latest.value() == null || keyResult.target() == null) {
			return false;
		}
		return increasing(keyResult) ? latest.value().compareTo(keyResult.target()) >= 0
				: latest.value().compareTo(keyResult.target()) <= 0;
	}

	private NewKpi definitionOf(Caller actor, PlacedKeyResult placed, NewHandover command) {
		KeyResult keyResult = placed.view().keyResult();
		KpiOwner owner = ownerOf(placed);
		BigDecimal target = keyResult.target();
		BigDecimal halfway = startOf(keyResult).add(target).divide(TWO, 4, RoundingMode.HALF_UP);
		String name = command.name() == null || command.name().isBlank() ? keyResult.title() : command.name();
		String unit = command.unit() != null && !command.unit().isBlank() ? command.unit()
				: keyResult.unit() != null ? keyResult.unit()
						: messages.getMessage("kpi.handover.default-unit", null, actor.locale());
		return new NewKpi(name, unit, owner.teamId(), owner.personId(),
				increasing(keyResult) ? KpiDirection.HIGHER_IS_BETTER : KpiDirection.LOWER_IS_BETTER, target,
				command.healthyThreshold() == null ? target : command.healthyThreshold(),
				command.criticalThreshold() == null ? halfway : command.criticalThreshold(),
				command.frequency() == null ? KpiFrequency.WEEKLY : command.frequency(), KpiSource.MANUAL);
	}

	/** One measurement per day: the day's last check-in, dated by its day (UTC), oldest first. */
	private static List<Measurement> lastOfEachDay(long kpiId, List<CheckIn> history) {
		Map<LocalDate, CheckIn> lastOfDay = new LinkedHashMap<>();
		for (CheckIn checkIn : history) {
			if (checkIn.value() != null) {
				lastOfDay.put(LocalDate.ofInstant(checkIn.checkedInAt(), ZoneOffset.UTC), checkIn);
			}
		}
		List<Measurement> measurements = new ArrayList<>();
		lastOfDay.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(day -> {
			CheckIn checkIn = day.getValue();
			String note = checkIn.note() == null ? "" : checkIn.note();
			measurements.add(new Measurement(0, kpiId, day.getKey(), checkIn.value(), false,
					note.length() <= NOTE_LIMIT ? note : note.substring(0, NOTE_LIMIT), checkIn.authorId(),
					checkIn.checkedInAt()));
		});
		return measurements;
	}

	private PlacedKeyResult visible(Caller caller, long keyResultId) {
		return keyResults.findPlaced(caller, keyResultId).orElseThrow(() -> new NotFoundException("key-result", keyResultId));
	}

	private static KpiOwner ownerOf(PlacedKeyResult placed) {
		return new KpiOwner(placed.objectiveOwner().teamId(), placed.objectiveOwner().personId());
	}

	private static boolean increasing(KeyResult keyResult) {
		return keyResult.target().compareTo(startOf(keyResult)) >= 0;
	}

	private static BigDecimal startOf(KeyResult keyResult) {
		return keyResult.start() == null ? BigDecimal.ZERO : keyResult.start();
	}

	private static RuleViolationException handedOverAlready(String name) {
		return new RuleViolationException("kpi-handover-done", "kpi.handover.done.detail", name);
	}
}
