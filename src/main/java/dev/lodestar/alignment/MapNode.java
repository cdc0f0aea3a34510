package dev.lodestar.alignment;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A box in the alignment map: a team, a person who owns objectives, or an objective. The tree (team under
 * team, objective under its owner) is each node's {@code parent}, the key of the node it hangs under; an
 * objective of a person hangs under the person, and the person under their home team. A hidden objective
 * ({@code visible} false) has no id, title or progress: it is counted, never described.
 *
 * @param key unique in a map and across maps of the same organisation, so a page can merge expansions: {@code t12},
 *        {@code p7}, {@code o40}
 * @param rolledUpProgress the mean progress of supporting objectives whose link rolls up, when any link does
 * @param otherCycle true for an objective of another (longer) cycle that an objective of this one supports
 * @param more true when the objective has links that this map does not draw: the page may expand it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapNode(String key, MapNodeKind kind, Long id, String parent, String name, Boolean visible,
		String title, Boolean draft, BigDecimal progress, BigDecimal rolledUpProgress, Boolean otherCycle, Boolean more) {

	static MapNode team(long id, String name, Long parentId) {
		return new MapNode(teamKey(id), MapNodeKind.TEAM, id, parentId == null ? null : teamKey(parentId), name, null,
				null, null, null, null, null, null);
	}

	static MapNode person(long id, String name, Long homeTeamId) {
		return new MapNode(personKey(id), MapNodeKind.PERSON, id, homeTeamId == null ? null : teamKey(homeTeamId), name,
				null, null, null, null, null, null, null);
	}

	static String teamKey(long id) {
		return "t" + id;
	}

	static String personKey(long id) {
		return "p" + id;
	}

	static String objectiveKey(long id) {
		return "o" + id;
	}
}
