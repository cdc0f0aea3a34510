package dev.lodestar.alignment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import dev.lodestar.alignment.AlignmentMap;
import dev.lodestar.alignment.AlignmentMapData;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.people.TeamBranch;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.platform.web.Texts;

@Controller
class AlignmentMapPagesController {

	/**
	 * Above this many objectives a picture of the whole cycle is too dense to read and slow to draw in a browser, so
	 * the page opens on the reader's own team instead; the whole cycle stays one choice away.
	 */
	static final int WHOLE_CYCLE_LIMIT = 300;

	static final String WHOLE = "all";

	private final AlignmentMap map;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final ObjectiveSummaries summaries;

	private final JsonMapper json;

	AlignmentMapPagesController(AlignmentMap map, CycleManagement cycles, TeamManagement teams, ObjectiveSummaries summaries,
			JsonMapper json) {
		this.map = map;
		this.cycles = cycles;
		this.teams = teams;
		this.summaries = summaries;
		this.json = json;
	}

	@GetMapping("/alignment")
	String showAlignmentMap(Shell shell, @RequestParam(required = false) Long cycle,
			@RequestParam(required = false) String team, Model model) {
		List<Cycle> recent = cycles.list(null, new PageQuery(0, 12)).items();
		Cycle shown = cycles.chooseOrCurrent(cycle).orElse(null);
		List<AlignmentMapPage.TeamOption> options = options(teams.tree(), 0, new ArrayList<>());
		String labels = json.writeValueAsString(labels(shell.t()));
		if (shown == null) {
			model.addAttribute("page", new AlignmentMapPage(shell, null, recent, options, null, false, null, null, labels));
			return "alignment/alignment-map-page";
		}
		Long teamId = parseTeam(team);
		boolean chosenForSize = false;
		if (team == null || team.isBlank()) {
			var mine = shell.caller().teamIds().stream().sorted().findFirst();
			if (mine.isPresent() && summaries.countInCycle(shown.id()) > WHOLE_CYCLE_LIMIT) {
				teamId = mine.get();
				chosenForSize = true;
			}
		}
		AlignmentMapData data = teamId == null ? map.wholeCycle(shell.caller(), shown.id())
				: map.neighbourhood(shell.caller(), shown.id(), teamId);
		model.addAttribute("page", new AlignmentMapPage(shell, shown, recent, options, teamId, chosenForSize, data,
				json.writeValueAsString(data), labels));
		return "alignment/alignment-map-page";
	}

	/** What surrounds one objective, for the page's script to merge into the map it shows. */
	@GetMapping(path = "/alignment/around/{objectiveId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	AlignmentMapData showAround(Shell shell, @PathVariable long objectiveId) {
		return map.around(shell.caller(), objectiveId);
	}

	private static Long parseTeam(String team) {
		if (team == null || team.isBlank() || WHOLE.equals(team)) {
			return null;
		}
		try {
			return Long.valueOf(team);
		}
		catch (NumberFormatException notATeam) {
			return null;
		}
	}

	private static List<AlignmentMapPage.TeamOption> options(List<TeamBranch> level, int depth,
			List<AlignmentMapPage.TeamOption> options) {
		for (TeamBranch team : level) {
			options.add(new AlignmentMapPage.TeamOption(team.id(), "\u00a0\u00a0".repeat(depth) + team.name()));
			options(team.children(), depth + 1, options);
		}
		return options;
	}

	private static Map<String, String> labels(Texts t) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("locale", t.languageTag().equals("zh-CN") ? "ZH" : "EN");
		labels.put("privateObjective", t.m("alignment.private-objective"));
		labels.put("supports", t.m("alignment-map.edge.SUPPORTS"));
		labels.put("contribution", t.m("alignment-map.edge.CONTRIBUTION"));
		labels.put("requested", t.m("alignment-map.edge.REQUESTED"));
		labels.put("progress", t.m("alignment-map.progress"));
		labels.put("noProgress", t.m("alignment-map.no-progress"));
		labels.put("rolledUp", t.m("alignment-map.rolled-up"));
		labels.put("draft", t.m("alignment-map.draft"));
		labels.put("otherCycle", t.m("alignment-map.other-cycle"));
		labels.put("keyResult", t.m("alignment-map.key-result"));
		labels.put("open", t.m("alignment-map.open"));
		labels.put("expand", t.m("alignment-map.expand"));
		labels.put("expanding", t.m("alignment-map.expanding"));
		labels.put("expandFailed", t.m("alignment-map.expand-failed"));
		labels.put("collapse", t.m("alignment-map.collapse-hint"));
		return labels;
	}
}
