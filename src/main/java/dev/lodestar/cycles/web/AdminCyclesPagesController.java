package dev.lodestar.cycles.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.cycles.CycleReopening;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** Admins plan cycles and move them on: planning, active, closed, and never back. */
@Controller
class AdminCyclesPagesController {

	private final CycleManagement cycles;

	private final IdempotentRequests idempotent;

	AdminCyclesPagesController(CycleManagement cycles, IdempotentRequests idempotent) {
		this.cycles = cycles;
		this.idempotent = idempotent;
	}

	@GetMapping("/admin/cycles")
	String showCycles(Shell shell, @RequestParam(required = false) String q, @RequestParam(required = false) CycleState state,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", new AdminCyclesPage(shell, list(q, state, page)));
		return "cycles/admin-cycles-page";
	}

	@GetMapping("/admin/cycles/rows")
	String showCycleRows(Shell shell, @RequestParam(required = false) String q, @RequestParam(required = false) CycleState state,
			@RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
		CycleList list = list(q, state, page);
		response.setHeader("HX-Push-Url", list.address());
		model.addAttribute("page", new AdminCycleRows(shell, list));
		return "cycles/admin-cycle-rows";
	}

	@GetMapping("/admin/cycles/new")
	String showNewCycle(Shell shell, Model model) {
		model.addAttribute("page", new AdminCyclePage(shell, null, CycleForm.empty(), FormErrors.none(), newStates(), null));
		return "cycles/admin-cycle-page";
	}

	@PostMapping("/admin/cycles")
	String planCycle(Shell shell, @ModelAttribute CycleForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			var command = form.toNewCycle();
			Cycle cycle = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					Cycle.class, () -> cycles.plan(shell.caller(), command));
			return "redirect:/admin/cycles/" + cycle.id() + "?done=planned";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new AdminCyclePage(shell, null, form, FormErrors.of(refused, shell.t()), newStates(), null));
			return "cycles/admin-cycle-page";
		}
	}

	@GetMapping("/admin/cycles/{id}")
	String showCycle(Shell shell, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
		Cycle cycle = cycles.find(id).orElseThrow(() -> new NotFoundException("cycle", id));
		String notice = "planned".equals(done) || "saved".equals(done) ? "admin.cycle." + done
				: "reopened".equals(done) ? "reopen.done" : null;
		model.addAttribute("page", new AdminCyclePage(shell, id, CycleForm.of(cycle), FormErrors.none(), statesFrom(cycle.state()),
				notice, cycle.state(), "", FormErrors.none()));
		return "cycles/admin-cycle-page";
	}

	/** An admin reopens a closed cycle, saying why; a refusal shows the form again with the reason kept. */
	@PostMapping("/admin/cycles/{id}/reopen")
	String reopenCycle(Shell shell, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, Model model, HttpServletResponse response) {
		try {
			cycles.reopen(shell.caller(), id, new CycleReopening(reason, version));
			return "redirect:/admin/cycles/" + id + "?done=reopened";
		}
		catch (Problem refused) {
			if (refused.status() == HttpStatus.FORBIDDEN) {
				throw refused;
			}
			Cycle current = cycles.find(id).orElseThrow(() -> new NotFoundException("cycle", id));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new AdminCyclePage(shell, id, CycleForm.of(current), FormErrors.none(),
					statesFrom(current.state()), null, current.state(), reason == null ? "" : reason,
					FormErrors.of(refused, shell.t())));
			return "cycles/admin-cycle-page";
		}
	}

	@PostMapping("/admin/cycles/{id}")
	String reviseCycle(Shell shell, @PathVariable long id, @ModelAttribute CycleForm form, Model model,
			HttpServletResponse response) {
		try {
			cycles.revise(shell.caller(), id, form.toRevision());
			return "redirect:/admin/cycles/" + id + "?done=saved";
		}
		catch (Problem refused) {
			Cycle current = cycles.find(id).orElseThrow(() -> new NotFoundException("cycle", id));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new AdminCyclePage(shell, id, form, FormErrors.of(refused, shell.t()),
					statesFrom(current.state()), null, current.state(), "", FormErrors.none()));
			return "cycles/admin-cycle-page";
		}
	}

	private CycleList list(String q, CycleState state, Integer page) {
		String query = q == null ? "" : q.strip();
		return new CycleList(query, state, cycles.list(query, state, PageQuery.of(page, null)));
	}

	/** A new cycle is planned or already running; closing one that never ran makes no sense. */
	private static List<CycleState> newStates() {
		return List.of(CycleState.PLANNING, CycleState.ACTIVE);
	}

	private static List<CycleState> statesFrom(CycleState current) {
		return Stream.of(CycleState.values()).filter(current::mayMoveTo).toList();
	}
}
