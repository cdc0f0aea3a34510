package dev.lodestar.kpis.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.kpis.KpiObjectives;
import dev.lodestar.kpis.KpiRecovery;
import dev.lodestar.kpis.NewRecovery;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * KPIs and objectives side by side, as htmx fragments other pages load: the KPIs beside an objective, and the
 * objectives related to a KPI with the ways to relate one more or to start a recovery objective. Every action
 * answers with the KPI's fragment again; a refusal answers 422 with its message in it.
 */
@Controller
class KpiObjectivesPagesController {

	private static final String KPI_FRAGMENT = "kpis/kpi-objectives";

	private final KpiObjectives relations;

	private final KpiRecovery recovery;

	private final KpiObjectivesFragments fragments;

	private final IdempotentRequests idempotent;

	KpiObjectivesPagesController(KpiObjectives relations, KpiRecovery recovery, KpiObjectivesFragments fragments,
			IdempotentRequests idempotent) {
		this.relations = relations;
		this.recovery = recovery;
		this.fragments = fragments;
		this.idempotent = idempotent;
	}

	@GetMapping("/objectives/{id}/kpis")
	String showObjectiveKpis(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new ObjectiveKpisFragment(shell, id, relations.kpisOf(shell.caller(), id)));
		return "kpis/objective-kpis";
	}

	@GetMapping("/kpis/{id}/objectives")
	String showKpiObjectives(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", fragments.of(shell, id));
		return KPI_FRAGMENT;
	}

	@PostMapping("/kpis/{id}/objectives")
	String relate(Shell shell, @PathVariable long id, @RequestParam(required = false) String objectiveId,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			long objective = objectiveIdOf(objectiveId);
			idempotent.once(shell.caller(), idempotencyKey, "POST " + request.getRequestURI(), objective, Long.class,
					() -> relations.relate(shell.caller(), id, objective).objective().id());
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", fragments.of(shell, id, FormErrors.of(refused, shell.t()), List.of()));
			return KPI_FRAGMENT;
		}
		model.addAttribute("page", fragments.of(shell, id));
		return KPI_FRAGMENT;
	}

	@PostMapping("/kpis/{id}/objectives/{objectiveId}/delete")
	String unrelate(Shell shell, @PathVariable long id, @PathVariable long objectiveId, Model model,
			HttpServletResponse response) {
		try {
			relations.unrelate(shell.caller(), id, objectiveId);
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			return refusedWith(shell, id, refused, model, response);
		}
		model.addAttribute("page", fragments.of(shell, id));
		return KPI_FRAGMENT;
	}

	/** The new draft opens for editing at once: its suggested title is there to be rewritten by its owner. */
	@PostMapping("/kpis/{id}/recovery-objective")
	String startRecovery(Shell shell, @PathVariable long id, @RequestParam(required = false) String idempotencyKey,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		long objective;
		try {
			objective = idempotent.once(shell.caller(), idempotencyKey, "POST " + request.getRequestURI(),
					NewRecovery.suggested(), Long.class,
					() -> recovery.start(shell.caller(), id, NewRecovery.suggested()).objectiveId());
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			return refusedWith(shell, id, refused, model, response);
		}
		response.setHeader("HX-Redirect", "/objectives/" + objective + "/edit");
		model.addAttribute("page", fragments.of(shell, id));
		return KPI_FRAGMENT;
	}

	private String refusedWith(Shell shell, long id, Problem refused, Model model, HttpServletResponse response) {
		FormErrors errors = FormErrors.of(refused, shell.t());
		List<String> notices = new ArrayList<>(errors.general());
		errors.fields().values().forEach(notices::addAll);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("page", fragments.of(shell, id, FormErrors.none(), notices.stream().distinct().toList()));
		return KPI_FRAGMENT;
	}

	private static long objectiveIdOf(String value) {
		try {
			return Long.parseLong(value == null ? "" : value.strip());
		}
		catch (NumberFormatException notChosen) {
			throw InvalidInputException.of("objectiveId", "kpi.link.choose-objective");
		}
	}
}
