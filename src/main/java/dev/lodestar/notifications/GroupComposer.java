package dev.lodestar.notifications;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.security.Caller;

/**
 * Messages for a chat group, where everyone in the group reads them: only what anyone may see — public objectives'
 * key results and counts — never one person's private key results or a lead's own view. Written in the language most
 * of the people it is about speak, since a group has none of its own.
 */
@Component
class GroupComposer {

	/** A group message lists this many key results at most, and counts the rest: a reminder, not a report. */
	static final int LINES = 10;

	private final MessageSource messages;

	private final NotificationLinks links;

	private final ObjectiveFacts objectives;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final TeamWeeks teamWeeks;

	GroupComposer(MessageSource messages, NotificationLinks links, ObjectiveFacts objectives, PeopleManagement people,
			TeamManagement teams, TeamWeeks teamWeeks) {
		this.messages = messages;
		this.links = links;
		this.objectives = objectives;
		this.people = people;
		this.teams = teams;
		this.teamWeeks = teamWeeks;
	}

	/**
	 * The check-in day's reminder to a group: the public key results of its people still without a check-in, each a
	 * link to its check-in; none when none of them is public (their owners have them by e-mail).
	 */
	Optional<Message> reminder(long chatScope, List<Long> keyResultIds) {
		List<KeyResultFact> keyResults = objectives.keyResultsById(keyResultIds);
		Set<Long> shown = objectives.publicAmong(keyResults.stream().map(KeyResultFact::objectiveId).distinct().toList())
			.stream()
			.filter(objective -> !objective.draft())
			.map(ObjectiveFacts.Example::id)
			.collect(Collectors.toSet());
		List<KeyResultFact> listed = keyResults.stream().filter(keyResult -> shown.contains(keyResult.objectiveId())).toList();
		Locale locale = languageOf(keyResults.stream().map(KeyResultFact::ownerPersonId).toList());
		List<Message.Line> lines = listed.stream().limit(LINES)
			.map(keyResult -> new Message.Line(keyResult.title(), links.checkIn(keyResult)))
			.toList();
		if (listed.isEmpty()) {
			return Optional.empty(); // nothing anyone may see: the group hears nothing, not even a count
		}
		// key results that are not public are not even counted: a group's message often concerns one or two people
		List<Message.Section> sections = List.of(new Message.Section(null,
				text(locale, "notifications.group.reminder.intro", listed.size()), lines, listed.size() - lines.size()));
		return Optional.of(new Message(locale, text(locale, "notifications.group.reminder.subject"),
				greeting(locale, chatScope), sections, text(locale, "notifications.group.reminder.footer", links.settings())));
	}

	/**
	 * A team's check-in week in numbers, for its own group: counted over its public objectives only, with the weekly
	 * review's link. The leads get the details, names included, in their own digest.
	 */
	Message digest(long teamId, LocalDate day, ZoneId zone) throws Undeliverable {
		List<TeamWeeks.TeamWeek> weeks = teamWeeks.of(List.of(teamId), day, zone, Caller.anyone(Locale.ENGLISH));
		if (weeks.isEmpty()) {
			throw new Undeliverable("team-removed");
		}
		TeamWeeks.TeamWeek week = weeks.get(0);
		Team team = week.team();
		List<Long> everyone = new ArrayList<>(team.leadIds());
		everyone.addAll(team.memberIds());
		Locale locale = languageOf(everyone);
		int checkedIn = week.keyResults().size() - week.missing().size();
		List<Message.Section> sections = List.of(
				new Message.Section(null, text(locale, "notifications.group.digest.check-ins", checkedIn, week.keyResults().size(),
						day.minusDays(7).toString(), day.minusDays(1).toString()), List.of()),
				new Message.Section(null, text(locale, "notifications.group.digest.drops", week.drops().size()), List.of()),
				new Message.Section(null, text(locale, "notifications.group.digest.requests", week.requests().size()), List.of()),
				new Message.Section(null, null, List.of(new Message.Line(text(locale, "notifications.digest.review.link", team.name()),
						links.path("/teams/" + team.id() + "/review")))));
		return new Message(locale, text(locale, "notifications.group.digest.subject", team.name()),
				text(locale, "notifications.group.greeting.team", team.name()), sections,
				text(locale, "notifications.group.digest.footer"));
	}

	private String greeting(Locale locale, long chatScope) {
		if (chatScope == ChatHook.ORGANISATION) {
			return text(locale, "notifications.group.greeting.everyone");
		}
		return text(locale, "notifications.group.greeting.team", teams.namesOf(List.of(chatScope)).getOrDefault(chatScope, ""));
	}

	/** The language most of these people chose; on a tie, the one first in order of its tag (English before Chinese). */
	private Locale languageOf(Collection<Long> personIds) {
		Map<String, Long> counted = new TreeMap<>(people.findAll(personIds).values().stream()
			.collect(Collectors.groupingBy(Person::locale, Collectors.counting())));
		return counted.entrySet().stream()
			.reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
			.map(most -> Locale.forLanguageTag(most.getKey()))
			.orElse(Locale.ENGLISH);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
