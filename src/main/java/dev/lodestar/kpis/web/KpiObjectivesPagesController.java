package dev.lodestar.kpis.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.KpiObjectives;
import dev.lodestar.kpis.KpiRecovery;
import dev.lodestar.kpis.NewRecovery;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/**
 * KPIs and objectives side by side, as htmx fragments other pages load: the KPIs beside an objective, and the
 * objectives related to a KPI with the ways to relate one more or to start a recovery objective. Every action
 * answers with the KPI's fragment again; a refusal answers 422 with its message in it.
 */
@Controller
class KpiObjectivesPagesController {

	private static final String KPI_FRAGMENT = "kpis/kpi-objectives";

	private static final String OBJECTIVE_FRAGMENT = "kpis/objective-kpis";

	private final KpiManagement kpis;

	private final KpiObjectives relations;

	private final KpiRecovery recovery;

	private final KpiObjectivesFragments fragments;

	private final IdempotentRequests idempotent;

	KpiObjectivesPagesController(KpiManagement kpis, KpiObjectives relations, KpiRecovery recovery,
			KpiObjectivesFragments fragments, IdempotentRequests idempotent) {
		this.kpis = kpis;
		this.relations = relations;
		this.recovery = recovery;
		this.fragments = fragments;
		this.idempotent = idempotent;
	}

	@GetMapping("/objectives/{id}/kpis")
	String showObjectiveKpis(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", objectiveKpis(shell, id, FormErrors.none()));
		return OBJECTIVE_FRAGMENT;
	}

	/** Relates a KPI from the objective's side, for whoever may change the objective. */
	@PostMapping("/objectives/{id}/kpis")
	String relateFromObjective(Shell shell, @PathVariable long id, @RequestParam(required = false) String kpiId,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			long kpi = idOf(kpiId, "kpiId", "kpi.link.choose-kpi");
			idempotent.once(shell.caller(), idempotencyKey, "POST " + request.getRequestURI(), kpi, Long.class,
					() -> relations.relate(shell.caller(), kpi, id).objective().id());
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", objectiveKpis(shell, id, FormErrors.of(refused, shell.t())));
			return OBJECTIVE_FRAGMENT;
		}
		model.addAttribute("page", objectiveKpis(shell, id, FormErrors.none()));
		return OBJECTIVE_FRAGMENT;
	}

	/** The latest KPIs are offered, as in every KPI picker; the API relates any other. */
	private ObjectiveKpisFragment objectiveKpis(Shell shell, long objectiveId, FormErrors errors) {
		var related = relations.kpisOf(shell.caller(), objectiveId);
		List<Kpi> options = List.of();
		if (relations.mayChange(shell.caller(), objectiveId)) {
			Set<Long> taken = related.stream().map(kpi -> kpi.link().kpiId()).collect(Collectors.toSet());
			options = kpis.latest(new PageQuery(0, PageQuery.MAX_SIZE)).items().stream()
				.filter(kpi -> !taken.contains(kpi.id()))
				.sorted(Comparator.comparing(Kpi::name, String.CASE_INSENSITIVE_ORDER))
				.toList();
		}
		return new ObjectiveKpisFragment(shell, objectiveId, related, options, UUID.randomUUID().toString(), errors);
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
			long objective = idOf(objectiveId, "objectiveId", "kpi.link.choose-objective");
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

	private static long idOf(String value, String field, String messageKey) {
		try {
			return Long.parseLong(value == null ? "" : value.strip());
		}
		catch (NumberFormatException notChosen) {
			throw InvalidInputException.of(field, messageKey);
		}
	}
}
