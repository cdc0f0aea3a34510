package dev.lodestar.checkins.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/**
 * A key result's history on its objective's page, as a chart and a table. The page fetches it again after every
 * check-in on the key result, so the chart moves without a reload.
 */
@Controller
class KeyResultHistoryPagesController {

	/** A year of weekly check-ins, and then some; the table says when there are more. */
	private static final PageQuery SHOWN = new PageQuery(0, PageQuery.MAX_SIZE);

	private final CheckInManagement checkIns;

	private final PeopleManagement people;

	private final KeyResultCharts charts;

	KeyResultHistoryPagesController(CheckInManagement checkIns, PeopleManagement people, KeyResultCharts charts) {
		this.checkIns = checkIns;
		this.people = people;
		this.charts = charts;
	}

	@GetMapping("/key-results/{id}/history")
	String showKeyResultHistory(Shell shell, @PathVariable long id, Model model) {
		var timeline = checkIns.timeline(shell.caller(), id, SHOWN);
		var shown = timeline.checkIns().items();
		var names = people.namesOf(shown.stream().map(CheckIn::authorId).distinct().toList());
		var lines = shown.stream().map(checkIn -> new CheckInLine(checkIn, names.get(checkIn.authorId()))).toList();
		model.addAttribute("page", new KeyResultHistoryFragment(shell, timeline.keyResult(), lines,
				timeline.checkIns().totalItems(), charts.chartOf(timeline.keyResult(), shown, shell.t())));
		return "checkins/key-result-history";
	}
}
