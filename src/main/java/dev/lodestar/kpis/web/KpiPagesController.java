package dev.lodestar.kpis.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.KpiSource;
import dev.lodestar.kpis.Measurement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * A KPI's page and its measurement form. The form posts with htmx and gets the measurements part back (422 with the
 * messages when refused); without scripts it posts the page and comes back to it.
 */
@Controller
class KpiPagesController {

	private final KpiManagement kpis;

	private final KpiCharts charts;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	KpiPagesController(KpiManagement kpis, KpiCharts charts, TeamManagement teams, PeopleManagement people,
			IdempotentRequests idempotent) {
		this.kpis = kpis;
		this.charts = charts;
		this.teams = teams;
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping("/kpis/{id}")
	String showKpi(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", page(shell, id, freshForm(shell), FormErrors.none(), false));
		return "kpis/kpi-page";
	}

	@PostMapping("/kpis/{id}/measurements")
	String measure(Shell shell, @PathVariable long id, @ModelAttribute MeasurementForm form,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			rejectUnreadable(form);
			var command = form.toCommand();
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					Measurement.class, () -> kpis.measure(shell.caller(), id, command));
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return answer(shell, id, form, FormErrors.of(refused, shell.t()), false, htmx, model);
		}
		catch (Problem refused) {
			if (refused.status().is4xxClientError() && refused.status() != HttpStatus.NOT_FOUND
					&& refused.status() != HttpStatus.FORBIDDEN) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return answer(shell, id, form, FormErrors.of(refused, shell.t()), false, htmx, model);
			}
			throw refused;
		}
		if (htmx == null) {
			return "redirect:/kpis/" + id;
		}
		response.setHeader("HX-Trigger", "kpi-measured-" + id);
		return answer(shell, id, freshForm(shell), FormErrors.none(), true, htmx, model);
	}

	private String answer(Shell shell, long id, MeasurementForm form, FormErrors errors, boolean recorded, String htmx,
			Model model) {
		KpiPage page = page(shell, id, form, errors, recorded);
		if (htmx == null) {
			model.addAttribute("page", page);
			return "kpis/kpi-page";
		}
		model.addAttribute("page", page.measurements());
		return "kpis/kpi-measurements";
	}

	private KpiPage page(Shell shell, long id, MeasurementForm form, FormErrors errors, boolean recorded) {
		var status = kpis.status(id);
		Kpi kpi = status.kpi();
		List<Measurement> series = kpis.series(id);
		boolean mayMeasure = kpi.source() == KpiSource.MANUAL && kpis.isMeasurer(shell.caller(), kpi.owner());
		String ownerName = kpi.owner().isTeam() ? teams.namesOf(List.of(kpi.owner().teamId())).get(kpi.owner().teamId())
				: people.namesOf(List.of(kpi.owner().personId())).get(kpi.owner().personId());
		boolean steward = kpis.isSteward(shell.caller(), kpi.owner());
		var part = new KpiMeasurementsPart(shell, status, series,
				charts.chartOf(kpi.unit(), kpi.targets(), series, shell.t()), mayMeasure, steward, form, errors, recorded);
		return new KpiPage(shell, kpi, ownerName, KpiRows.ownerHref(kpi.owner()), steward, part);
	}

	private static MeasurementForm freshForm(Shell shell) {
		String today = LocalDate.now(shell.t().zone()).toString();
		return new MeasurementForm(today, "", false, "", UUID.randomUUID().toString());
	}

	/** "abc" in the value or the day is a refusal of its own, not a missing field. */
	private static void rejectUnreadable(MeasurementForm form) {
		var violations = new ArrayList<FieldViolation>();
		if (form.dayIsNotADate()) {
			violations.add(new FieldViolation("measuredOn", "validation.must-be-date"));
		}
		if (form.valueIsNotANumber()) {
			violations.add(new FieldViolation("value", "validation.must-be-number"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(List.copyOf(violations));
		}
	}
}
