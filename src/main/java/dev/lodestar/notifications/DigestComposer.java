package dev.lodestar.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.ContributionRequest;
import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.CallerDirectory;

/**
 * A lead's weekly digest of their teams, in the lead's language, for the check-in week that ended as the digest's
 * day began (in the lead's time zone): which key results were checked in and which were not, whose confidence
 * dropped, the requests between teams still open, and the weekly review to come. It reads the public, committed
 * objectives of the teams and their people in the active cycles — what everyone may see anyway — and asks each module
 * once, however many teams and key results.
 */
@Component
class DigestComposer {

	/** A drop of confidence worth a lead's question: two points of ten or more since the check-in before. */
	static final int DROP = 2;

	private final MessageSource messages;

	private final NotificationLinks links;

	private final ActiveCycles activeCycles;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final CallerDirectory callers;

	private final ObjectiveFacts objectives;

	private final CheckInFacts checkIns;

	private final ContributionManagement contributions;

	DigestComposer(MessageSource messages, NotificationLinks links, ActiveCycles activeCycles, TeamManagement teams,
			PeopleManagement people, CallerDirectory callers, ObjectiveFacts objectives, CheckInFacts checkIns,
			ContributionManagement contributions) {
		this.messages = messages;
		this.links = links;
		this.activeCycles = activeCycles;
		this.teams = teams;
		this.people = people;
		this.callers = callers;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.contributions = contributions;
	}

	Message digest(Person lead, Collection<Long> teamIds, LocalDate day, ZoneId zone) {
		Locale locale = Locale.forLanguageTag(lead.locale());
		Instant from = day.minusDays(7).atStartOfDay(zone).toInstant();
		Instant to = day.atStartOfDay(zone).toInstant();
		List<Team> digested = teams.findAll(teamIds);
		Set<Long> everyone = new HashSet<>();
		digested.forEach(team -> {
			everyone.addAll(team.leadIds());
			everyone.addAll(team.memberIds());
		});
		List<KeyResultFact> keyResults = new ArrayList<>();
		Map<Long, ObjectiveFact> objectiveOf = new HashMap<>();
		for (long cycleId : activeCycles.ids()) {
			var facts = objectives.ownedBy(cycleId, teamIds, everyone);
			facts.objectives().stream()
				.filter(objective -> objective.visibility() == Visibility.PUBLIC && !objective.draft())
				.forEach(objective -> objectiveOf.put(objective.id(), objective));
			facts.keyResults().stream().filter(keyResult -> objectiveOf.containsKey(keyResult.objectiveId())).forEach(keyResults::add);
		}
		Map<Long, Week> weeks = weeksOf(keyResults.stream().map(KeyResultFact::id).toList(), from, to);
		Map<Long, String> names = people.namesOf(keyResults.stream().map(KeyResultFact::ownerPersonId).toList());
		Caller reader = callers.byPersonId(lead.id()).orElseThrow(() -> new IllegalStateException("the lead is no longer active"));
		List<ContributionRequest> open = contributions.openOf(reader, teamIds);
		Map<Long, String> teamNames = teams.namesOf(open.stream()
			.flatMap(request -> Stream.of(request.askingTeamId(), request.askedTeamId()))
			.toList());
		LocalDate reviewWeek = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

		List<Message.Section> sections = new ArrayList<>();
		for (Team team : digested) {
			Set<Long> ofTeam = new HashSet<>(team.leadIds());
			ofTeam.addAll(team.memberIds());
			List<KeyResultFact> mine = keyResults.stream().filter(keyResult -> {
				var owner = objectiveOf.get(keyResult.objectiveId()).owner();
				return team.id() == (owner.teamId() == null ? -1 : owner.teamId())
						|| owner.personId() != null && ofTeam.contains(owner.personId());
			}).toList();
			List<Message.Line> missing = new ArrayList<>();
			List<Message.Line> drops = new ArrayList<>();
			for (KeyResultFact keyResult : mine) {
				Week week = weeks.getOrDefault(keyResult.id(), Week.NONE);
				String owner = names.getOrDefault(keyResult.ownerPersonId(), "");
				if (week.lastInWeek() == null) {
					missing.add(new Message.Line(text(locale, "notifications.digest.owner-line", owner, keyResult.title()),
							links.objective(keyResult.objectiveId())));
				}
				else if (week.before() != null && week.before() - week.lastInWeek() >= DROP) {
					drops.add(new Message.Line(text(locale, "notifications.digest.drop-line", keyResult.title(), week.before(),
							week.lastInWeek(), owner), links.objective(keyResult.objectiveId())));
				}
			}
			sections.add(new Message.Section(text(locale, "notifications.digest.check-ins", team.name()),
					text(locale, "notifications.digest.check-ins.text", mine.size() - missing.size(), mine.size(),
							day.minusDays(7).toString(), day.minusDays(1).toString()), missing));
			sections.add(new Message.Section(text(locale, "notifications.digest.drops"),
					drops.isEmpty() ? text(locale, "notifications.digest.none") : null, drops));
			List<Message.Line> requests = open.stream()
				.filter(request -> request.askingTeamId() == team.id() || request.askedTeamId() == team.id())
				.map(request -> new Message.Line(text(locale, "notifications.digest.request-line",
						teamNames.getOrDefault(request.askingTeamId(), ""), teamNames.getOrDefault(request.askedTeamId(), ""),
						request.proposal().title()), links.path("/contribution-requests/" + request.id())))
				.toList();
			sections.add(new Message.Section(text(locale, "notifications.digest.requests"),
					requests.isEmpty() ? text(locale, "notifications.digest.none") : null, requests));
			sections.add(new Message.Section(text(locale, "notifications.digest.review"),
					text(locale, "notifications.digest.review.text", reviewWeek.toString()),
					List.of(new Message.Line(text(locale, "notifications.digest.review.link", team.name()),
							links.path("/teams/" + team.id() + "/review")))));
		}
		String teamList = String.join(", ", new LinkedHashSet<>(digested.stream().map(Team::name).toList()));
		return new Message(locale, text(locale, "notifications.digest.subject", teamList),
				text(locale, "notifications.digest.greeting", lead.name()), sections,
				text(locale, "notifications.digest.footer", links.settings()));
	}

	/**
	 * A key result's week: the confidence of its last check-in within the week (none: not checked in), and of the
	 * check-in before that one, whenever it was — so a drop shows whether it came this week or since last week.
	 */
	private record Week(Integer before, Integer lastInWeek) {

		static final Week NONE = new Week(null, null);
	}

	private Map<Long, Week> weeksOf(List<Long> keyResultIds, Instant from, Instant to) {
		Map<Long, Week> weeks = new HashMap<>();
		Map<Long, Integer> previous = new HashMap<>();
		// in order of key result and time: each point within the week replaces the last, remembering the one before
		for (CheckInFacts.Point point : checkIns.of(keyResultIds)) {
			if (point.at().isBefore(to)) {
				if (!point.at().isBefore(from)) {
					weeks.put(point.keyResultId(), new Week(previous.get(point.keyResultId()), point.confidence()));
				}
				previous.put(point.keyResultId(), point.confidence());
			}
		}
		return weeks;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
