package dev.lodestar.objectives.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.Shell;

/** One key result's row, fetched again by the page when a check-in changed it. */
@Controller
class KeyResultRowsController {

	private final KeyResultManagement keyResults;

	private final PeopleManagement people;

	private final CycleManagement cycles;

	private final ObjectiveCards cards;

	KeyResultRowsController(KeyResultManagement keyResults, PeopleManagement people, CycleManagement cycles,
			ObjectiveCards cards) {
		this.keyResults = keyResults;
		this.people = people;
		this.cycles = cycles;
		this.cards = cards;
	}

	@GetMapping("/key-results/{id}/row")
	String showKeyResultRow(Shell shell, @PathVariable long id, Model model) {
		var placed = keyResults.findPlaced(shell.caller(), id).orElseThrow(() -> new NotFoundException("key-result", id));
		long ownerId = placed.view().keyResult().ownerPersonId();
		boolean cycleOpen = !cycles.openAmong(List.of(placed.cycleId())).isEmpty();
		var row = cards.rows(shell, List.of(placed.view()), placed.objectiveOwner(), people.namesOf(List.of(ownerId)), cycleOpen).get(0);
		model.addAttribute("page", new KeyResultRowFragment(shell, row));
		return "objectives/key-result-row-fragment";
	}
}
