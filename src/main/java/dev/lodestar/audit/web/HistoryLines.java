package dev.lodestar.audit.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.audit.HistoryEntry;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.web.Texts;

/**
 * Puts history entries into the reader's words: who did what to which key result, and every changed field under
 * its translated name with readable values (names, not ids). The names of a whole page come in one query per kind.
 */
@Component
class HistoryLines {

	private static final Set<String> SUMMARIES = Set.of("OBJECTIVE.CREATED", "OBJECTIVE.UPDATED", "OBJECTIVE.DELETED",
			"KEY_RESULT.CREATED", "KEY_RESULT.UPDATED", "KEY_RESULT.DELETED", "CHECK_IN.CHECKED_IN", "ALIGNMENT_LINK.CREATED",
			"ALIGNMENT_LINK.UPDATED", "ALIGNMENT_LINK.DELETED", "KEY_RESULT_FEED.CREATED", "KEY_RESULT_FEED.UPDATED",
			"KEY_RESULT_FEED.DELETED");

	private static final Set<String> FIELDS = Set.of("cycleId", "ownerTeamId", "ownerPersonId", "title", "description",
			"visibility", "viewerIds", "kind", "start", "target", "unit", "objectiveId", "value", "done", "confidence", "note", "draft", "rollUp", "parentObjectiveId",
			"parentKeyResultId", "mode", "url", "jsonPointer", "every");

	/** Said in the summary already: "checked in on <key result>". */
	private static final String KEY_RESULT_ID = "keyResultId";

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	HistoryLines(PeopleManagement people, TeamManagement teams, CycleManagement cycles) {
		this.people = people;
		this.teams = teams;
		this.cycles = cycles;
	}

	private record Names(Map<Long, String> people, Map<Long, String> teams, Map<Long, String> cycles,
			Map<Long, String> keyResults) {
	}

	/** A cycle's fields, named in the reader's words; its state in the words the cycle pages use. */
	private static final Set<String> CYCLE_FIELDS = Set.of("name", "startsOn", "endsOn", "state", "reason");

	/**
	 * A cycle's history in the reader's words: who planned, changed, closed or reopened it, and why it was reopened.
	 * One query for the names of the whole page.
	 */
	List<HistoryLine> cycleLinesOf(List<HistoryEntry> entries, Texts t) {
		Map<Long, String> names = people.namesOf(entries.stream().map(HistoryEntry::actorId).collect(Collectors.toSet()));
		return entries.stream().map(entry -> {
			String actor = names.getOrDefault(entry.actorId(), t.m("history.someone"));
			String kind = entry.subjectType() + "." + entry.action();
			String summary = Set.of("CYCLE.CREATED", "CYCLE.UPDATED", "CYCLE.REOPENED").contains(kind)
					? t.m("reopen.history.entry." + kind, actor) : t.m("history.entry.other", actor);
			List<ChangeLine> changes = entry.changes().stream()
				.map(change -> new ChangeLine(
						CYCLE_FIELDS.contains(change.field()) ? t.m("reopen.history.field." + change.field()) : change.field(),
						cycleValue(change.field(), change.before(), t), cycleValue(change.field(), change.after(), t)))
				.toList();
			return new HistoryLine(entry.id(), summary, entry.at(), changes);
		}).toList();
	}

	private static String cycleValue(String field, Object value, Texts t) {
		if (value == null) {
			return null;
		}
		return "state".equals(field) ? t.m("cycle.state." + value) : value.toString();
	}

	List<HistoryLine> linesOf(List<HistoryEntry> entries, ObjectiveView objective, Texts t) {
		Names names = namesIn(entries, objective);
		return entries.stream().map(entry -> lineOf(entry, names, t)).toList();
	}

	private HistoryLine lineOf(HistoryEntry entry, Names names, Texts t) {
		String actor = names.people().getOrDefault(entry.actorId(), t.m("history.someone"));
		String kind = entry.subjectType() + "." + entry.action();
		Long keyResultId = switch (entry.subjectType()) {
			case "KEY_RESULT", "KEY_RESULT_FEED" -> entry.subjectId();
			case "CHECK_IN" -> idIn(entry, KEY_RESULT_ID);
			default -> null;
		};
		String keyResult = keyResultId == null ? ""
				: names.keyResults().getOrDefault(keyResultId, t.m("history.removed-key-result"));
		String summary = SUMMARIES.contains(kind) ? t.m("history.entry." + kind, actor, keyResult)
				: t.m("history.entry.other", actor);
		List<ChangeLine> changes = entry.changes().stream()
			.filter(change -> !KEY_RESULT_ID.equals(change.field()))
			.filter(change -> change.before() != null || !"".equals(change.after()))
			.map(change -> new ChangeLine(FIELDS.contains(change.field()) ? t.m("history.field." + change.field()) : change.field(),
					value(change.field(), change.before(), names, t), value(change.field(), change.after(), names, t)))
			.toList();
		return new HistoryLine(entry.id(), summary, entry.at(), changes);
	}

	private Names namesIn(List<HistoryEntry> entries, ObjectiveView objective) {
		Set<Long> personIds = new HashSet<>();
		Set<Long> teamIds = new HashSet<>();
		Set<Long> cycleIds = new HashSet<>();
		Map<Long, String> keyResults = new HashMap<>();
		objective.keyResults().forEach(view -> keyResults.put(view.keyResult().id(), view.keyResult().title()));
		for (HistoryEntry entry : entries) {
			personIds.add(entry.actorId());
			for (FieldChange change : entry.changes()) {
				switch (change.field()) {
					case "ownerPersonId", "viewerIds" -> {
						personIds.addAll(ids(change.before()));
						personIds.addAll(ids(change.after()));
					}
					case "ownerTeamId" -> teamIds.addAll(ids(change.after()));
					case "cycleId" -> cycleIds.addAll(ids(change.after()));
					case "title" -> {
						if (entry.subjectType().equals("KEY_RESULT")) {
							Object title = change.after() != null ? change.after() : change.before();
							keyResults.putIfAbsent(entry.subjectId(), String.valueOf(title));
						}
					}
					default -> {
					}
				}
			}
		}
		Map<Long, String> cycleNames = new HashMap<>();
		cycleIds.forEach(id -> cycles.find(id).map(Cycle::name).ifPresent(name -> cycleNames.put(id, name)));
		return new Names(people.namesOf(personIds), teams.namesOf(teamIds), cycleNames, keyResults);
	}

	private static String value(String field, Object value, Names names, Texts t) {
		if (value == null) {
			return null;
		}
		return switch (field) {
			case "ownerPersonId" -> names.people().getOrDefault(id(value), String.valueOf(value));
			case "viewerIds" -> {
				List<Long> ids = ids(value);
				yield ids.isEmpty() ? t.m("history.value.nobody")
						: ids.stream().map(id -> names.people().getOrDefault(id, String.valueOf(id)))
							.collect(Collectors.joining(t.m("objective.name-separator")));
			}
			case "ownerTeamId" -> names.teams().getOrDefault(id(value), String.valueOf(value));
			case "cycleId" -> names.cycles().getOrDefault(id(value), String.valueOf(value));
			case "objectiveId", "parentObjectiveId" -> t.m("history.value.objective", String.valueOf(value));
			case "parentKeyResultId" -> t.m("history.value.key-result", String.valueOf(value));
			case "draft", "rollUp" -> Boolean.TRUE.equals(value) ? t.m("history.value.yes") : t.m("history.value.no");
			case "visibility" -> t.m("objective.visibility." + value);
			case "kind" -> t.m("key-result.kind." + value);
			case "mode" -> t.m("feed.mode." + value);
			case "every" -> t.m("feed.every.minutes", id(value));
			case "done" -> Boolean.TRUE.equals(value) ? t.m("key-result.done") : t.m("key-result.not-done");
			case "start", "target", "value" -> t.number(new BigDecimal(value.toString()));
			default -> value.toString().isEmpty() ? t.m("history.value.empty") : value.toString();
		};
	}

	private static Long idIn(HistoryEntry entry, String field) {
		return entry.changes().stream()
			.filter(change -> field.equals(change.field()) && change.after() instanceof Number)
			.map(change -> id(change.after()))
			.findFirst()
			.orElse(null);
	}

	private static long id(Object value) {
		return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
	}

	private static List<Long> ids(Object value) {
		if (value instanceof Number number) {
			return List.of(number.longValue());
		}
		List<Long> ids = new ArrayList<>();
		if (value instanceof Collection<?> values) {
			values.stream().filter(Number.class::isInstance).forEach(id -> ids.add(((Number) id).longValue()));
		}
		return ids;
	}
}
