package dev.lodestar.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.audit.History;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** An objective's change history on its page: who changed what and when, a page at a time, newest first. */
@Controller
class HistoryPagesController {

	private static final int PAGE_SIZE = 10;

	private final History history;

	private final ObjectiveManagement objectives;

	private final HistoryLines lines;

	HistoryPagesController(History history, ObjectiveManagement objectives, HistoryLines lines) {
		this.history = history;
		this.objectives = objectives;
		this.lines = lines;
	}

	/** A cycle's history on its admin page, where a reopen's reason is read. */
	@GetMapping("/admin/cycles/{id}/history")
	String showCycleHistory(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		var entries = history.ofSubject(shell.caller(), "CYCLE", id, PageQuery.of(page, PAGE_SIZE));
		Integer next = entries.page() + 1 < entries.totalPages() ? entries.page() + 1 : null;
		model.addAttribute("page", new CycleHistoryFragment(shell, id, lines.cycleLinesOf(entries.items(), shell.t()), next));
		return "audit/cycle-history";
	}

	@GetMapping("/objectives/{id}/history")
	String showObjectiveHistory(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer page,
			Model model) {
		var objective = objectives.find(shell.caller(), id).orElseThrow(() -> new NotFoundException("objective", id));
		var entries = history.ofObjective(shell.caller(), id, PageQuery.of(page, PAGE_SIZE));
		Integer next = entries.page() + 1 < entries.totalPages() ? entries.page() + 1 : null;
		model.addAttribute("page", new ObjectiveHistoryFragment(shell, id,
				lines.linesOf(entries.items(), objective, shell.t()), next));
		return "audit/objective-history";
	}
}
