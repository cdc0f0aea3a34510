package dev.lodestar.appraisal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lodestar.people.Team;

/**
 * Which template applies to a person, deterministically: their own template wins over any role template; among role
 * templates a leads template wins over a members template (leading a team is the narrower role); among templates of
 * the same kind, the first defined (the lowest id) wins. The templates and period pages say the same.
 */
final class TemplateChoice {

	private final List<AppraisalTemplate> templates;

	private final Map<Long, Team> teams;

	/** @param teams the teams the role templates name, by id */
	TemplateChoice(List<AppraisalTemplate> templates, Map<Long, Team> teams) {
		this.templates = templates.stream()
			.sorted(Comparator.comparing((AppraisalTemplate template) -> template.appliesTo().precedence())
				.thenComparing(AppraisalTemplate::id))
			.toList();
		this.teams = teams;
	}

	Optional<AppraisalTemplate> applicableTo(long personId) {
		return templates.stream().filter(template -> matches(template, personId)).findFirst();
	}

	/** Everyone some template applies to, in no particular order. */
	Set<Long> people() {
		Set<Long> people = new LinkedHashSet<>();
		for (AppraisalTemplate template : templates) {
			switch (template.appliesTo()) {
				case PERSON -> people.add(template.personId());
				case TEAM_LEADS -> people.addAll(team(template).map(Team::leadIds).orElse(List.of()));
				case TEAM_MEMBERS -> people.addAll(team(template).map(Team::memberIds).orElse(List.of()));
			}
		}
		return people;
	}

	private boolean matches(AppraisalTemplate template, long personId) {
		return switch (template.appliesTo()) {
			case PERSON -> template.personId() == personId;
			case TEAM_LEADS -> team(template).map(team -> team.leadIds().contains(personId)).orElse(false);
			case TEAM_MEMBERS -> team(template).map(team -> team.memberIds().contains(personId)).orElse(false);
		};
	}

	private Optional<Team> team(AppraisalTemplate template) {
		return Optional.ofNullable(template.teamId()).map(teams::get);
	}
}
