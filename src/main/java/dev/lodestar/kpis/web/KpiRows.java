package dev.lodestar.kpis.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.lodestar.kpis.KpiOwner;
import dev.lodestar.kpis.KpiStatus;
import dev.lodestar.kpis.Measurement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.Sparkline;
import dev.lodestar.platform.web.Texts;

/** Board rows with their owners' names, looked up in one query per kind of owner however many rows. */
@Component
class KpiRows {

	private final TeamManagement teams;

	private final PeopleManagement people;

	KpiRows(TeamManagement teams, PeopleManagement people) {
		this.teams = teams;
		this.people = people;
	}

	List<KpiRow> rowsOf(List<KpiStatus> statuses, Texts t) {
		Map<Long, String> teamNames = teams.namesOf(statuses.stream().map(s -> s.kpi().owner().teamId())
			.filter(Objects::nonNull).distinct().toList());
		Map<Long, String> personNames = people.namesOf(statuses.stream().map(s -> s.kpi().owner().personId())
			.filter(Objects::nonNull).distinct().toList());
		return statuses.stream().map(status -> {
			KpiOwner owner = status.kpi().owner();
			String name = owner.isTeam() ? teamNames.get(owner.teamId()) : personNames.get(owner.personId());
			return new KpiRow(status, name, ownerHref(owner), trendOf(status, t));
		}).toList();
	}

	static String ownerHref(KpiOwner owner) {
		return owner.isTeam() ? "/teams/" + owner.teamId() : "/people/" + owner.personId();
	}

	static Sparkline trendOf(KpiStatus status, Texts t) {
		var recent = status.recent();
		if (recent.isEmpty()) {
			return Sparkline.none(t.m("kpi.board.no-trend"));
		}
		String unit = status.kpi().unit();
		String label = t.m("kpi.board.trend", status.kpi().name(), recent.size(),
				t.m("kpi.board.value", t.number(recent.get(0).value()), unit),
				t.m("kpi.board.value", t.number(recent.get(recent.size() - 1).value()), unit));
		return Sparkline.of(recent.stream().map(Measurement::value).toList(), label);
	}
}
