package dev.lodestar.notifications;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.CallerDirectory;

/**
 * A lead's weekly digest of their teams, by e-mail, in the lead's language, for the check-in week that ended as the
 * digest's day began (in the lead's time zone): which key results were checked in and which were not, whose
 * confidence dropped, the requests between teams still open, and the weekly review to come — everything the lead may
 * see, and nothing more (see {@link TeamWeeks}).
 */
@Component
class DigestComposer {

	private final MessageSource messages;

	private final NotificationLinks links;

	private final TeamWeeks teamWeeks;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final CallerDirectory callers;

	DigestComposer(MessageSource messages, NotificationLinks links, TeamWeeks teamWeeks, TeamManagement teams,
			PeopleManagement people, CallerDirectory callers) {
		this.messages = messages;
		this.links = links;
		this.teamWeeks = teamWeeks;
		this.teams = teams;
		this.people = people;
		this.callers = callers;
	}

	Message digest(Person lead, Collection<Long> teamIds, LocalDate day, ZoneId zone) throws Undeliverable {
		Locale locale = Locale.forLanguageTag(lead.locale());
		Caller reader = callers.byPersonId(lead.id()).orElseThrow(() -> new Undeliverable("recipient-inactive"));
		List<TeamWeeks.TeamWeek> weeks = teamWeeks.of(teamIds, day, zone, reader);
		Map<Long, String> names = people.namesOf(weeks.stream()
			.flatMap(week -> week.keyResults().stream())
			.map(KeyResultFact::ownerPersonId)
			.toList());
		Map<Long, String> teamNames = teams.namesOf(weeks.stream()
			.flatMap(week -> week.requests().stream())
			.flatMap(request -> Stream.of(request.askingTeamId(), request.askedTeamId()))
			.toList());
		LocalDate reviewWeek = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

		List<Message.Section> sections = new ArrayList<>();
		for (TeamWeeks.TeamWeek week : weeks) {
			var team = week.team();
			List<Message.Line> missing = week.missing().stream()
				.map(keyResult -> new Message.Line(text(locale, "notifications.digest.owner-line",
						names.getOrDefault(keyResult.ownerPersonId(), ""), keyResult.title()), links.objective(keyResult.objectiveId())))
				.toList();
			List<Message.Line> drops = week.drops().stream()
				.map(drop -> new Message.Line(text(locale, "notifications.digest.drop-line", drop.keyResult().title(), drop.before(),
						drop.after(), names.getOrDefault(drop.keyResult().ownerPersonId(), "")),
						links.objective(drop.keyResult().objectiveId())))
				.toList();
			List<Message.Line> requests = week.requests().stream()
				.map(request -> new Message.Line(text(locale, "notifications.digest.request-line",
						teamNames.getOrDefault(request.askingTeamId(), ""), teamNames.getOrDefault(request.askedTeamId(), ""),
						request.proposal().title()), links.path("/contribution-requests/" + request.id())))
				.toList();
			sections.add(new Message.Section(text(locale, "notifications.digest.check-ins", team.name()),
					text(locale, "notifications.digest.check-ins.text", week.keyResults().size() - missing.size(),
							week.keyResults().size(), day.minusDays(7).toString(), day.minusDays(1).toString()), missing));
			sections.add(new Message.Section(text(locale, "notifications.digest.drops"),
					drops.isEmpty() ? text(locale, "notifications.digest.none") : null, drops));
			sections.add(new Message.Section(text(locale, "notifications.digest.requests"),
					requests.isEmpty() ? text(locale, "notifications.digest.none") : null, requests));
			sections.add(new Message.Section(text(locale, "notifications.digest.review"),
					text(locale, "notifications.digest.review.text", reviewWeek.toString()),
					List.of(new Message.Line(text(locale, "notifications.digest.review.link", team.name()),
							links.path("/teams/" + team.id() + "/review")))));
		}
		String teamList = String.join(", ", new LinkedHashSet<>(weeks.stream().map(week -> week.team().name()).toList()));
		return new Message(locale, text(locale, "notifications.digest.subject", teamList),
				text(locale, "notifications.digest.greeting", lead.name()), sections,
				text(locale, "notifications.digest.footer", links.settings()));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
