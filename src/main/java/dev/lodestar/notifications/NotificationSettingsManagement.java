package dev.lodestar.notifications;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * What governs reminders: each person's own settings (their time zone, channels, mute), which only they change, and
 * the organisation's policy (the hour reminders go out, the default time zone), which admins change. Both are
 * versioned: a change made from a stale read is refused.
 */
@Service
public class NotificationSettingsManagement {

	private final NotificationSettingsRepository repository;

	private final InputValidator validator;

	private final TeamManagement teams;

	private final Clock clock;

	NotificationSettingsManagement(NotificationSettingsRepository repository, InputValidator validator, TeamManagement teams,
			Clock clock) {
		this.repository = repository;
		this.validator = validator;
		this.teams = teams;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public NotificationPolicy policy() {
		return repository.policy();
	}

	@Transactional
	public NotificationPolicy revisePolicy(Caller actor, NotificationPolicy revision) {
		actor.requireAdmin();
		validator.check(revision);
		String zone = TimeZones.require("timeZone", revision.timeZone().strip()).getId();
		if (!repository.updatePolicy(revision.reminderHour(), zone, revision.version())) {
			throw new StaleVersionException("notification-policy", 1);
		}
		return repository.policy();
	}

	/** The caller's own settings; the defaults (version 0) while they never chose. */
	@Transactional(readOnly = true)
	public NotificationSettings settingsOf(Caller caller) {
		return repository.settingsOf(caller.personId()).orElseGet(NotificationSettings::defaults);
	}

	/** Changes the caller's own settings: a blank time zone goes back to the organisation's. */
	@Transactional
	public NotificationSettings revise(Caller caller, NotificationSettings revision) {
		validator.check(revision);
		String zone = revision.timeZone() == null || revision.timeZone().isBlank() ? null
				: TimeZones.require("timeZone", revision.timeZone().strip()).getId();
		NotificationSettings chosen = new NotificationSettings(zone, revision.email(), revision.chat(), revision.muted(),
				revision.version());
		boolean saved;
		if (revision.version() == 0) {
			try {
				repository.insert(caller.personId(), chosen, clock.instant());
				saved = true;
			}
			catch (DuplicateKeyException chosenMeanwhile) {
				saved = false;
			}
		}
		else {
			saved = repository.update(caller.personId(), chosen, clock.instant());
		}
		if (!saved) {
			throw new StaleVersionException("notification-settings", caller.personId());
		}
		return repository.settingsOf(caller.personId()).orElseThrow();
	}

	/** The day the team is reminded on; no weekday (version 0) while it follows the organisation's check-in day. */
	@Transactional(readOnly = true)
	public TeamReminderDay reminderDayOf(long teamId) {
		teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		return repository.reminderDayOf(teamId).orElseGet(() -> new TeamReminderDay(null, 0));
	}

	/**
	 * Moves the team's reminder day (its leads and admins); no weekday goes back to the organisation's check-in day.
	 */
	@Transactional
	public TeamReminderDay reviseReminderDay(Caller caller, long teamId, TeamReminderDay revision) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!caller.admin() && !team.leadIds().contains(caller.personId())) {
			throw new ForbiddenException("problem.forbidden.team-reminder-day");
		}
		validator.check(revision);
		boolean exists = repository.reminderDayOf(teamId).isPresent();
		boolean saved;
		if (revision.weekday() == null) {
			saved = exists ? repository.deleteReminderDay(teamId, revision.version()) : revision.version() == 0;
		}
		else if (!exists && revision.version() == 0) {
			try {
				repository.insertReminderDay(teamId, revision.weekday());
				saved = true;
			}
			catch (DuplicateKeyException chosenMeanwhile) {
				saved = false;
			}
		}
		else {
			saved = exists && repository.updateReminderDay(teamId, revision.weekday(), revision.version());
		}
		if (!saved) {
			throw new StaleVersionException("team-reminder-day", teamId);
		}
		return repository.reminderDayOf(teamId).orElseGet(() -> new TeamReminderDay(null, 0));
	}
}
