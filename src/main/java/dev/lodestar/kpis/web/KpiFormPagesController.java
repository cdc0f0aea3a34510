package dev.lodestar.kpis.web;

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

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.KpiOwner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Defining a KPI for a team or a person, and revising one; only its stewards see these forms. */
@Controller
class KpiFormPagesController {

	private final KpiManagement kpis;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	KpiFormPagesController(KpiManagement kpis, TeamManagement teams, PeopleManagement people, IdempotentRequests idempotent) {
		this.kpis = kpis;
		this.teams = teams;
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping("/kpis/new")
	String showNewKpiForm(Shell shell, @RequestParam(required = false) Long team, @RequestParam(required = false) Long person,
			Model model) {
		model.addAttribute("page", newPage(shell, KpiForm.blank(team, person), FormErrors.none()));
		return "kpis/kpi-form-page";
	}

	@PostMapping("/kpis/new")
	String defineKpi(Shell shell, @ModelAttribute KpiForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			form.rejectNonNumbers();
			var command = form.toNewKpi();
			Long created = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(),
					command, Long.class, () -> kpis.define(shell.caller(), command).id());
			return "redirect:/kpis/" + created;
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", newPage(shell, form, FormErrors.of(refused, shell.t())));
			return "kpis/kpi-form-page";
		}
	}

	@GetMapping("/kpis/{id}/edit")
	String showEditKpiForm(Shell shell, @PathVariable long id, Model model) {
		Kpi kpi = stewardedKpi(shell, id);
		model.addAttribute("page", editPage(shell, kpi, KpiForm.of(kpi), FormErrors.none()));
		return "kpis/kpi-form-page";
	}

	@PostMapping("/kpis/{id}/edit")
	String reviseKpi(Shell shell, @PathVariable long id, @ModelAttribute KpiForm form, Model model,
			HttpServletResponse response) {
		Kpi kpi = stewardedKpi(shell, id);
		try {
			form.rejectNonNumbers();
			kpis.revise(shell.caller(), id, form.toRevision());
			return "redirect:/kpis/" + id;
		}
		catch (Problem refused) {
			if (refused instanceof ForbiddenException) {
				throw refused;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", editPage(shell, kpi, form, FormErrors.of(refused, shell.t())));
			return "kpis/kpi-form-page";
		}
	}

	private Kpi stewardedKpi(Shell shell, long id) {
		Kpi kpi = kpis.find(id);
		if (!kpis.isSteward(shell.caller(), kpi.owner())) {
			throw new ForbiddenException("problem.forbidden.kpi-steward");
		}
		return kpi;
	}

	/** The owner from the address: exactly one, known, and one the reader may define KPIs for. */
	private KpiFormPage newPage(Shell shell, KpiForm form, FormErrors errors) {
		if ((form.team() == null) == (form.person() == null)) {
			throw InvalidInputException.of("team", "validation.kpi-one-owner");
		}
		String ownerName = form.team() != null
				? teams.find(form.team()).orElseThrow(() -> new NotFoundException("team", form.team())).name()
				: people.find(form.person()).orElseThrow(() -> new NotFoundException("person", form.person())).name();
		var owner = new KpiOwner(form.team(), form.person());
		if (!kpis.isSteward(shell.caller(), owner)) {
			throw new ForbiddenException("problem.forbidden.kpi-steward");
		}
		String board = KpiRows.ownerHref(owner) + "/kpis";
		return new KpiFormPage(shell, null, shell.t().m("kpi.form.new-title", ownerName), "/kpis/new", board, form, errors);
	}

	private KpiFormPage editPage(Shell shell, Kpi kpi, KpiForm form, FormErrors errors) {
		return new KpiFormPage(shell, kpi.id(), shell.t().m("kpi.form.edit-title", kpi.name()),
				"/kpis/" + kpi.id() + "/edit", "/kpis/" + kpi.id(), form, errors);
	}
}
