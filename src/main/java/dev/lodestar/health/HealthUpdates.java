package dev.lodestar.health;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.lodestar.alignment.AlignmentLinkAdded;
import dev.lodestar.checkins.CheckInRecorded;
import dev.lodestar.cocreation.CoCreationFinished;
import dev.lodestar.objectives.CapRefused;
import dev.lodestar.objectives.KeyResultAdded;
import dev.lodestar.objectives.KeyResultChanged;
import dev.lodestar.objectives.KeyResultRemoved;
import dev.lodestar.objectives.ObjectiveChanged;
import dev.lodestar.objectives.ObjectiveCreated;
import dev.lodestar.objectives.ObjectiveDeleted;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.PeopleImported;
import dev.lodestar.people.TeamChanged;
import dev.lodestar.people.TeamFormed;
import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.scoring.ScoreRecorded;

/**
 * Keeps stored health current. A change to OKRs — a check-in, a score, an objective or key result set, changed or
 * removed (a deleted objective names where it was), a link up, a finished co-creation session, an attempt the caps
 * refused — names the objectives it touched, and a change of a team's people names the team; once its transaction
 * commits, the teams they belong to are computed again, each once however many changes the transaction made (loading
 * the demo makes a thousand). Health is never part of the change: the computing runs on a thread of its own, off the
 * request that made the change (a check-in stays a few statements), one transaction after another in the order they
 * committed; if it fails, the change stands and the team's health is computed again at its next change or recompute.
 */
@Component
class HealthUpdates {

	/** The history subject type of a team, as the people module names it. */
	private static final String TEAM = "TEAM";

	private static final Logger log = LoggerFactory.getLogger(HealthUpdates.class);

	private final HealthManagement health;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "health-updates");
		thread.setDaemon(true);
		return thread;
	});

	HealthUpdates(HealthManagement health) {
		this.health = health;
	}

	/** Waits until every change committed so far has been computed: one thread, so a no-op queued last runs last. */
	void settle() throws Exception {
		worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
	}

	/** Lets a computation under way finish as the application stops, and starts no other. */
	@PreDestroy
	void stop() throws InterruptedException {
		worker.shutdown();
		worker.awaitTermination(5, TimeUnit.SECONDS);
	}

	@EventListener
	void on(CheckInRecorded recorded) {
		touched(recorded.objectiveId());
	}

	@EventListener
	void on(ScoreRecorded recorded) {
		touched(recorded.objectiveId());
	}

	@EventListener
	void on(ObjectiveCreated created) {
		touched(created.objectiveId());
	}

	@EventListener
	void on(ObjectiveChanged changed) {
		touched(changed.objectiveId());
	}

	@EventListener
	void on(ObjectiveDeleted deleted) {
		record(touched -> touched.places().add(new ObjectiveFacts.Place(deleted.cycleId(), deleted.owner())));
	}

	@EventListener
	void on(CapRefused refused) {
		record(touched -> touched.places().add(new ObjectiveFacts.Place(refused.cycleId(), refused.owner())));
	}

	@EventListener
	void on(KeyResultAdded added) {
		touched(added.objectiveId());
	}

	@EventListener
	void on(KeyResultChanged changed) {
		touched(changed.objectiveId());
	}

	@EventListener
	void on(KeyResultRemoved removed) {
		touched(removed.objectiveId());
	}

	@EventListener
	void on(AlignmentLinkAdded added) {
		touched(added.childObjectiveId());
	}

	@EventListener
	void on(CoCreationFinished finished) {
		finished.objectiveIds().forEach(this::touched);
	}

	@EventListener
	void on(TeamFormed formed) {
		record(touched -> touched.teamIds().add(formed.teamId()));
	}

	@EventListener
	void on(TeamChanged changed) {
		record(touched -> touched.teamIds().add(changed.teamId()));
	}

	/** An import forms and changes teams in one go: each of its teams once. */
	@EventListener
	void on(PeopleImported imported) {
		record(touched -> imported.entries().stream()
			.map(AuditedChange::subject)
			.filter(subject -> TEAM.equals(subject.type()))
			.forEach(subject -> touched.teamIds().add(subject.id())));
	}

	/**
	 * What a transaction touched: objectives still there, places named without one (where an objective was deleted, or
	 * an attempt refused), teams whose people changed.
	 */
	private record Touched(Set<Long> objectiveIds, Set<ObjectiveFacts.Place> places, Set<Long> teamIds) {

		Touched() {
			this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
		}
	}

	private void touched(long objectiveId) {
		record(touched -> touched.objectiveIds().add(objectiveId));
	}

	/**
	 * Notes what a change touched in the record of its transaction, refreshed once it commits; outside a transaction,
	 * in a record of its own, refreshed at once (on the worker, like any other).
	 */
	private void record(Consumer<Touched> change) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			Touched now = new Touched();
			change.accept(now);
			later(now);
			return;
		}
		Touched touched = (Touched) TransactionSynchronizationManager.getResource(this);
		if (touched == null) {
			Touched collected = new Touched();
			TransactionSynchronizationManager.bindResource(this, collected);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(HealthUpdates.this);
					if (status == STATUS_COMMITTED) {
						later(collected);
					}
				}
			});
			touched = collected;
		}
		change.accept(touched);
	}

	private void later(Touched touched) {
		try {
			worker.execute(() -> refresh(touched));
		}
		catch (RejectedExecutionException stopping) {
			// The application is stopping: the teams are computed again at their next change or recompute.
		}
	}

	private void refresh(Touched touched) {
		try {
			health.refreshTeamsOf(touched.objectiveIds(), touched.places(), touched.teamIds());
		}
		catch (RuntimeException failed) {
			log.warn("Health not refreshed after a change of objectives {} and teams {}; it is at the next change or "
					+ "recompute", touched.objectiveIds(), touched.teamIds(), failed);
		}
	}
}
