package dev.lodestar.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.cycles.NewCycle;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

/**
 * Loads the demo company through the modules' entry points only, as an admin and its members would build it by
 * hand: people and teams, the current quarter (active) and the next (planning), and the current quarter's
 * objectives, key results and weeks of check-ins, the teams' KPIs beside them, and the next quarter being set in a
 * co-creation session; an OKR coach with the showcase's first examples.
 */
@Component
public class DemoCompany {

	private static final PageQuery FIRST = new PageQuery(0, 1);

	private final DemoOrganisation organisation;

	private final DemoQuarter quarter;

	private final DemoAlignment alignment;

	private final DemoKpis kpis;

	private final DemoCoCreation cocreation;

	private final DemoShowcase showcase;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoCompany(DemoOrganisation organisation, DemoQuarter quarter, DemoAlignment alignment, DemoKpis kpis,
			DemoCoCreation cocreation, DemoShowcase showcase, TeamManagement teams, CycleManagement cycles,
			PlatformTransactionManager transactions, Clock clock) {
		this.organisation = organisation;
		this.quarter = quarter;
		this.alignment = alignment;
		this.kpis = kpis;
		this.cocreation = cocreation;
		this.showcase = showcase;
		this.teams = teams;
		this.cycles = cycles;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Loads the demo only into an organisation without teams and cycles, so it never mixes with real OKRs. People
	 * alone do not count: a bootstrap admin may already have been created.
	 */
	public Optional<DemoSummary> loadIfEmpty() {
		if (teams.search(null, null, FIRST).totalItems() > 0 || cycles.list(null, FIRST).totalItems() > 0) {
			return Optional.empty();
		}
		return Optional.of(loadInto(clock));
	}

	/**
	 * Loads the demo whatever is there already, its quarters and check-ins dated by {@code today}. The quarter's
	 * objectives and check-ins go in one transaction: a failure leaves no half-filled quarter behind, and one
	 * commit instead of a thousand keeps loading fast on PostgreSQL.
	 */
	DemoSummary loadInto(Clock today) {
		long started = System.nanoTime();
		DemoCast cast = organisation.register();
		return transaction.execute(status -> {
			List<Cycle> quarters = planQuarters(cast.admin(), LocalDate.now(today));
			Cycle active = quarters.get(0);
			DemoQuarter.Filled filled = quarter.fill(cast, active, today);
			alignment.align(cast, filled.byOwner());
			int kpiCount = kpis.define(cast, LocalDate.now(today));
			cocreation.open(cast, quarters.get(1));
			showcase.fill(cast, filled.byOwner());
			return new DemoSummary(active.id(), cast.people().size(), cast.teamIds().size(), filled.objectives(),
					filled.keyResults(), filled.checkIns(), kpiCount, Duration.ofNanos(System.nanoTime() - started));
		});
	}

	/** The current quarter (active) and the next (planning), in that order. */
	private List<Cycle> planQuarters(Caller admin, LocalDate today) {
		LocalDate current = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
		return List.of(cycles.plan(admin, quarterFrom(current, CycleState.ACTIVE)),
				cycles.plan(admin, quarterFrom(current.plusMonths(3), CycleState.PLANNING)));
	}

	private static NewCycle quarterFrom(LocalDate firstDay, CycleState state) {
		String name = firstDay.getYear() + " Q" + ((firstDay.getMonthValue() - 1) / 3 + 1);
		return new NewCycle(name, firstDay, firstDay.plusMonths(3).minusDays(1), state);
	}
}
