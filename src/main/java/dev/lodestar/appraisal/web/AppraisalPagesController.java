package dev.lodestar.appraisal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.appraisal.AppraisalExport;
import dev.lodestar.appraisal.AppraisalPeriod;
import dev.lodestar.appraisal.AppraisalPeriods;
import dev.lodestar.appraisal.AppraisalResult;
import dev.lodestar.appraisal.AppraisalResults;
import dev.lodestar.appraisal.AssessmentRevision;
import dev.lodestar.appraisal.PeriodClosing;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The appraisal pages: periods, everyone's results for admins and leads, a person's result with its formula and
 * assessment, the export, and the policy page that says why OKR scores never come in.
 */
@Controller
class AppraisalPagesController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AppraisalPeriods periods;

	private final AppraisalResults results;

	private final AppraisalExport export;

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	AppraisalPagesController(AppraisalPeriods periods, AppraisalResults results, AppraisalExport export,
			PeopleManagement people, IdempotentRequests idempotent) {
		this.periods = periods;
		this.results = results;
		this.export = export;
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping("/appraisal")
	String showAppraisal(Shell shell, Model model) {
		model.addAttribute("page", new AppraisalIndexPage(shell, periods.all(), results.maySeePeriods(shell.caller())));
		return "appraisal/index-page";
	}

	@GetMapping("/appraisal/policy")
	String showPolicy(Shell shell, Model model) {
		model.addAttribute("page", new PolicyPage(shell));
		return "appraisal/policy-page";
	}

	@GetMapping("/appraisal/periods/new")
	String showNewPeriod(Shell shell, Model model) {
		shell.caller().requireAdmin();
		model.addAttribute("page", new PeriodFormPage(shell, null, PeriodForm.empty(), FormErrors.none(), false));
		return "appraisal/period-form-page";
	}

	@PostMapping("/appraisal/periods")
	String definePeriod(Shell shell, @ModelAttribute PeriodForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			var command = form.toNewPeriod();
			AppraisalPeriod period = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(),
					command, AppraisalPeriod.class, () -> periods.define(shell.caller(), command));
			return "redirect:/appraisal/periods/" + period.id() + "/edit?saved";
		}
		catch (Problem refused) {
			return refusedPeriod(shell, null, form, refused, model, response);
		}
	}

	@GetMapping("/appraisal/periods/{id}/edit")
	String showPeriodForm(Shell shell, @PathVariable long id, @RequestParam(required = false) String saved, Model model) {
		shell.caller().requireAdmin();
		model.addAttribute("page", new PeriodFormPage(shell, id, PeriodForm.of(periods.find(id)), FormErrors.none(),
				saved != null));
		return "appraisal/period-form-page";
	}

	@PostMapping("/appraisal/periods/{id}/edit")
	String revisePeriod(Shell shell, @PathVariable long id, @ModelAttribute PeriodForm form, Model model,
			HttpServletResponse response) {
		try {
			periods.revise(shell.caller(), id, form.toRevision());
			return "redirect:/appraisal/periods/" + id + "/edit?saved";
		}
		catch (Problem refused) {
			return refusedPeriod(shell, id, form, refused, model, response);
		}
	}

	@GetMapping("/appraisal/periods/{id}")
	String showResults(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new PeriodResultsPage(shell, periods.find(id), results.ofPeriod(shell.caller(), id)));
		return "appraisal/period-results-page";
	}

	/** Closes the period from its page; a stale or repeated close shows the page again with why, nothing changed. */
	@PostMapping("/appraisal/periods/{id}/close")
	String closePeriod(Shell shell, @PathVariable long id, @RequestParam Integer version) {
		results.close(shell.caller(), id, new PeriodClosing(version));
		return "redirect:/appraisal/periods/" + id;
	}

	@GetMapping("/appraisal/periods/{id}/people/{personId}")
	String showResult(Shell shell, @PathVariable long id, @PathVariable long personId,
			@RequestParam(required = false) String saved, Model model) {
		model.addAttribute("page", resultPage(shell, id, personId, null, FormErrors.none(), saved != null));
		return "appraisal/result-page";
	}

	@PostMapping("/appraisal/periods/{id}/people/{personId}/assessment")
	String assess(Shell shell, @PathVariable long id, @PathVariable long personId,
			@RequestParam(required = false) String assessment, @RequestParam(required = false) Integer version, Model model,
			HttpServletResponse response) {
		try {
			results.assess(shell.caller(), id, personId, new AssessmentRevision(assessment, version));
			return "redirect:/appraisal/periods/" + id + "/people/" + personId + "?saved";
		}
		catch (Problem refused) {
			if (refused.status() == HttpStatus.FORBIDDEN || refused.status() == HttpStatus.NOT_FOUND) {
				throw refused;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", resultPage(shell, id, personId, assessment == null ? "" : assessment,
					FormErrors.of(refused, shell.t()), false));
			return "appraisal/result-page";
		}
	}

	@GetMapping("/appraisal/periods/{id}/export.csv")
	ResponseEntity<byte[]> exportCsv(Shell shell, @PathVariable long id) {
		return download(export.csv(shell.caller(), id), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"appraisal-" + id + ".csv");
	}

	@GetMapping("/appraisal/periods/{id}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(Shell shell, @PathVariable long id) {
		return download(export.xlsx(shell.caller(), id), XLSX, "appraisal-" + id + ".xlsx");
	}

	private ResultPage resultPage(Shell shell, long periodId, long personId, String draft, FormErrors errors, boolean saved) {
		AppraisalPeriod period = periods.find(periodId);
		AppraisalResult result = results.of(shell.caller(), periodId, personId).orElse(null);
		var assessment = result == null ? null : result.assessment();
		var names = people.namesOf(assessment == null || assessment.writtenBy() == null ? List.of(personId)
				: List.of(personId, assessment.writtenBy()));
		String personName = names.get(personId);
		if (personName == null) {
			throw new NotFoundException("person", personId);
		}
		String writer = assessment == null || assessment.writtenBy() == null ? null : names.get(assessment.writtenBy());
		String text = draft != null ? draft : assessment == null ? "" : assessment.text();
		return new ResultPage(shell, period, personId, personName, result, writer,
				result != null && results.mayAssess(shell.caller(), personId), text,
				assessment == null ? 0 : assessment.version(), errors, saved);
	}

	private String refusedPeriod(Shell shell, Long id, PeriodForm form, Problem refused, Model model,
			HttpServletResponse response) {
		if (refused.status() == HttpStatus.FORBIDDEN || refused.status() == HttpStatus.NOT_FOUND) {
			throw refused;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("page", new PeriodFormPage(shell, id, form, FormErrors.of(refused, shell.t()), false));
		return "appraisal/period-form-page";
	}

	private static ResponseEntity<byte[]> download(byte[] file, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(file);
	}
}
