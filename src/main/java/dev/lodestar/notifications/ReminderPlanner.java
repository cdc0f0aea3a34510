package dev.lodestar.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.checkins.CheckInPolicyManagement;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.TeamManagement;

/**
 * Plans check-in reminders (ADR 0010). For each time zone in use where it is now a reminder day (the organisation's
 * check-in day, or a team's own) and past the reminder hour, the first instance to claim that zone's run for the day
 * writes one e-mail reminder for each person there whose day it is (their home team's, else the organisation's) and
 * who owns a key result of an active cycle with no check-in since the day began — unless they muted reminders or
 * turned e-mail off — and one group message per chat group of those people who left chat on. The leads of the teams
 * whose reminder day it is get their weekly digest by e-mail the same way, and a team's own group its week in numbers,
 * one run per zone and day of its own. Claiming and writing are one transaction: an instance that loses the claim writes nothing, so
 * every reminder is written once however many instances plan at the same moment.
 */
@Component
class ReminderPlanner {

	private final NotificationSettingsRepository settings;

	private final NotificationRepository notifications;

	private final CheckInPolicyManagement checkInPolicy;

	private final ActiveCycles activeCycles;

	private final ObjectiveFacts objectives;

	private final CheckInFacts checkIns;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final MailChannel mail;

	private final ChatWebhookRepository chatWebhooks;

	private final TransactionTemplate transaction;

	ReminderPlanner(NotificationSettingsRepository settings, NotificationRepository notifications,
			CheckInPolicyManagement checkInPolicy, ActiveCycles activeCycles, ObjectiveFacts objectives, CheckInFacts checkIns,
			PeopleManagement people, TeamManagement teams, MailChannel mail, ChatWebhookRepository chatWebhooks,
			PlatformTransactionManager transactions) {
		this.settings = settings;
		this.notifications = notifications;
		this.checkInPolicy = checkInPolicy;
		this.activeCycles = activeCycles;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.people = people;
		this.teams = teams;
		this.mail = mail;
		this.chatWebhooks = chatWebhooks;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Plans what is due at {@code now}; answers how many reminders this instance wrote. */
	int planAt(Instant now) {
		Set<Long> chatScopes = chatWebhooks.scopes();
		if (!mail.configured() && chatScopes.isEmpty()) {
			return 0;
		}
		NotificationPolicy policy = settings.policy();
		DayOfWeek checkInDay = checkInPolicy.current().weekday();
		Map<Long, DayOfWeek> teamDays = settings.reminderDays();
		Set<DayOfWeek> reminderDays = EnumSet.of(checkInDay);
		reminderDays.addAll(teamDays.values());
		Map<Long, NotificationSettings> chosen = settings.chosen();
		Set<String> zones = new TreeSet<>();
		zones.add(policy.timeZone());
		chosen.values().stream().map(NotificationSettings::timeZone).filter(zone -> zone != null).forEach(zones::add);
		List<ObjectiveFacts.OwnedKeyResult> open = null;
		int planned = 0;
		for (String zone : zones) {
			ZonedDateTime local = now.atZone(ZoneId.of(zone));
			if (!reminderDays.contains(local.getDayOfWeek()) || local.getHour() < policy.reminderHour()) {
				continue;
			}
			if (notifications.runsClaimed(zone, local.toLocalDate()) == NotificationKind.PLANNING_RUNS) {
				continue; // planned already, by this instance or another: nothing to read
			}
			if (open == null) {
				open = objectives.keyResultOwnersIn(activeCycles.ids());
			}
			List<ObjectiveFacts.OwnedKeyResult> openKeyResults = open;
			Reminded reminded = new Reminded(chosen, policy, teamDays, checkInDay, mail.configured(), chatScopes);
			try {
				planned += transaction.execute(status -> planZone(zone, local.toLocalDate(), now, openKeyResults, reminded));
			}
			catch (DuplicateKeyException plannedElsewhere) {
				// another instance claimed this zone's run for the day first, and wrote its reminders
			}
			try {
				planned += transaction.execute(status -> planDigests(zone, local.toLocalDate(), now, reminded));
			}
			catch (DuplicateKeyException plannedElsewhere) {
				// the same for the leads' digests
			}
		}
		return planned;
	}

	/** Who is reminded how and when: people's own settings, the organisation's policy and day, teams' own days. */
	private record Reminded(Map<Long, NotificationSettings> chosen, NotificationPolicy policy, Map<Long, DayOfWeek> teamDays,
			DayOfWeek checkInDay, boolean mail, Set<Long> chatScopes) {

		NotificationSettings of(long personId) {
			return chosen.getOrDefault(personId, NotificationSettings.defaults());
		}

		String zoneOf(long personId) {
			String own = of(personId).timeZone();
			return own == null ? policy.timeZone() : own;
		}

		/** A person's reminder day: their home team's own day, else the organisation's check-in day. */
		DayOfWeek dayOf(Long homeTeamId) {
			return homeTeamId == null ? checkInDay : teamDays.getOrDefault(homeTeamId, checkInDay);
		}

		/** Whether e-mail reaches a person: when it is configured and on, and they did not mute reminders. */
		boolean mails(long personId) {
			NotificationSettings own = of(personId);
			return mail && own.email() && !own.muted();
		}

		/**
		 * The chat group a person's public key results are listed in: their home team's when it has a webhook, else the
		 * organisation's; none when there is neither, or they turned chat off or muted reminders.
		 */
		Long groupOf(long personId, Long homeTeamId) {
			NotificationSettings own = of(personId);
			if (!own.chat() || own.muted()) {
				return null;
			}
			if (homeTeamId != null && chatScopes.contains(homeTeamId)) {
				return homeTeamId;
			}
			return chatScopes.contains(ChatHook.ORGANISATION) ? ChatHook.ORGANISATION : null;
		}
	}

	/**
	 * The digests of one zone and day: to each lead in the zone, one e-mail of the teams they lead whose reminder day it
	 * is; to each such team's own chat group, its week in numbers — planned in the zone of its first lead, so once.
	 */
	private int planDigests(String zone, LocalDate day, Instant now, Reminded reminded) {
		notifications.claimRun(NotificationKind.LEAD_DIGEST, zone, day, now);
		Map<Long, List<Long>> teamsOfLead = new TreeMap<>();
		int written = 0;
		for (var team : teams.leadsByTeam().entrySet()) {
			if (reminded.dayOf(team.getKey()) != day.getDayOfWeek() || team.getValue().isEmpty()) {
				continue;
			}
			team.getValue().stream().filter(lead -> reminded.zoneOf(lead).equals(zone) && reminded.mails(lead))
				.forEach(lead -> teamsOfLead.computeIfAbsent(lead, none -> new ArrayList<>()).add(team.getKey()));
			long firstLead = team.getValue().stream().mapToLong(Long::longValue).min().orElseThrow();
			if (reminded.chatScopes().contains(team.getKey()) && reminded.zoneOf(firstLead).equals(zone)) {
				notifications.insertGroup(NotificationKind.GROUP_DIGEST, team.getKey(), zone, day, List.of(team.getKey()), now);
				written++;
			}
		}
		Map<Long, Person> leads = people.findAll(teamsOfLead.keySet());
		for (var lead : teamsOfLead.entrySet()) {
			Person person = leads.get(lead.getKey());
			if (person != null && person.active()) {
				notifications.insert(NotificationKind.LEAD_DIGEST, person.id(), day, Channel.EMAIL, lead.getValue(), now);
				written++;
			}
		}
		return written;
	}

	private int planZone(String zone, LocalDate day, Instant now, List<ObjectiveFacts.OwnedKeyResult> open,
			Reminded reminded) {
		notifications.claimRun(NotificationKind.CHECK_IN_REMINDER, zone, day, now);
		Map<Long, List<Long>> byOwner = new TreeMap<>();
		for (var keyResult : open) {
			NotificationSettings own = reminded.of(keyResult.ownerPersonId());
			if (reminded.zoneOf(keyResult.ownerPersonId()).equals(zone) && !own.muted() && (own.email() || own.chat())) {
				byOwner.computeIfAbsent(keyResult.ownerPersonId(), owner -> new ArrayList<>()).add(keyResult.keyResultId());
			}
		}
		Map<Long, Long> homeTeams = teams.homeTeamsOf(byOwner.keySet());
		byOwner.keySet().removeIf(owner -> reminded.dayOf(homeTeams.get(owner)) != day.getDayOfWeek());
		// the check-in week starts on the check-in day: anything since this day began counts
		Set<Long> checkedIn = checkIns.checkedInSince(byOwner.values().stream().flatMap(List::stream).toList(),
				day.atStartOfDay(ZoneId.of(zone)).toInstant());
		Map<Long, Person> recipients = people.findAll(byOwner.keySet());
		Map<Long, List<Long>> byGroup = new TreeMap<>();
		int written = 0;
		for (var owner : byOwner.entrySet()) {
			Person person = recipients.get(owner.getKey());
			List<Long> missing = owner.getValue().stream().filter(id -> !checkedIn.contains(id)).toList();
			if (person != null && person.active() && !missing.isEmpty()) {
				if (reminded.mails(person.id())) {
					notifications.insert(NotificationKind.CHECK_IN_REMINDER, person.id(), day, Channel.EMAIL, missing, now);
					written++;
				}
				Long group = reminded.groupOf(person.id(), homeTeams.get(person.id()));
				if (group != null) {
					byGroup.computeIfAbsent(group, none -> new ArrayList<>()).addAll(missing);
				}
			}
		}
		for (var group : byGroup.entrySet()) {
			notifications.insertGroup(NotificationKind.GROUP_REMINDER, group.getKey(), zone, day, group.getValue(), now);
			written++;
		}
		return written;
	}
}
