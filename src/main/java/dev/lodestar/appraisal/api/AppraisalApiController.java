package dev.lodestar.appraisal.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.appraisal.AppraisalExport;
import dev.lodestar.appraisal.AppraisalPeriod;
import dev.lodestar.appraisal.AppraisalPeriods;
import dev.lodestar.appraisal.AppraisalResult;
import dev.lodestar.appraisal.AppraisalResults;
import dev.lodestar.appraisal.AppraisalTemplate;
import dev.lodestar.appraisal.AppraisalTemplates;
import dev.lodestar.appraisal.Assessment;
import dev.lodestar.appraisal.AssessmentRevision;
import dev.lodestar.appraisal.NewPeriod;
import dev.lodestar.appraisal.NewTemplate;
import dev.lodestar.appraisal.PeriodClosing;
import dev.lodestar.appraisal.PeriodRevision;
import dev.lodestar.appraisal.TemplateRevision;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;

/** Appraisal periods, templates, results and their export. OKR scores are never part of any of them. */
@RestController
@RequestMapping("/api/v1/appraisal")
@Tag(name = "Appraisal")
class AppraisalApiController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AppraisalPeriods periods;

	private final AppraisalTemplates templates;

	private final AppraisalResults results;

	private final AppraisalExport export;

	private final IdempotentRequests idempotent;

	AppraisalApiController(AppraisalPeriods periods, AppraisalTemplates templates, AppraisalResults results,
			AppraisalExport export, IdempotentRequests idempotent) {
		this.periods = periods;
		this.templates = templates;
		this.results = results;
		this.export = export;
		this.idempotent = idempotent;
	}

	@GetMapping("/periods")
	@Operation(summary = "Appraisal periods, the latest first")
	List<AppraisalPeriod> listPeriods() {
		return periods.all();
	}

	@GetMapping("/periods/{id}")
	@Operation(summary = "One appraisal period")
	AppraisalPeriod showPeriod(@PathVariable long id) {
		return periods.find(id);
	}

	@PostMapping("/periods")
	@Operation(summary = "Define an appraisal period (admins); it ends after it starts")
	ResponseEntity<AppraisalPeriod> definePeriod(@AuthenticationPrincipal Caller caller, @RequestBody NewPeriod period,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), period, AppraisalPeriod.class,
				() -> periods.define(caller, period), created -> URI.create("/api/v1/appraisal/periods/" + created.id()));
	}

	@PutMapping("/periods/{id}")
	@Operation(summary = "Rename or move an appraisal period (admins); 409 when someone changed it since it was read")
	AppraisalPeriod revisePeriod(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody PeriodRevision revision) {
		return periods.revise(caller, id, revision);
	}

	@PostMapping("/periods/{id}/close")
	@Operation(summary = "Close an appraisal period (admins): everyone's result is kept as it is now and read as kept from "
			+ "then on; assessments stay writable. 409 when closed already or changed since read")
	AppraisalPeriod closePeriod(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody PeriodClosing closing) {
		return results.close(caller, id, closing);
	}

	@GetMapping("/templates")
	@Operation(summary = "Templates of weighted KPIs, the first defined first")
	List<AppraisalTemplate> listTemplates() {
		return templates.all();
	}

	@GetMapping("/templates/{id}")
	@Operation(summary = "One template of weighted KPIs")
	AppraisalTemplate showTemplate(@PathVariable long id) {
		return templates.find(id);
	}

	@PostMapping("/templates")
	@Operation(summary = "Define a template of weighted KPIs for a person or a team role (admins); weights sum to 100")
	ResponseEntity<AppraisalTemplate> defineTemplate(@AuthenticationPrincipal Caller caller,
			@RequestBody NewTemplate template, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), template, AppraisalTemplate.class,
				() -> templates.define(caller, template),
				created -> URI.create("/api/v1/appraisal/templates/" + created.id()));
	}

	@PutMapping("/templates/{id}")
	@Operation(summary = "Change a template (admins); 409 when someone changed it since it was read")
	AppraisalTemplate reviseTemplate(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody TemplateRevision revision) {
		return templates.revise(caller, id, revision);
	}

	@GetMapping("/periods/{id}/results")
	@Operation(summary = "Everyone's results in a period: all for admins, their teams' people for leads")
	List<AppraisalResult> listResults(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return results.ofPeriod(caller, id);
	}

	@GetMapping("/periods/{id}/results/{personId}")
	@Operation(summary = "A person's result: weighted KPI attainment and assessment (the person, their leads, admins)")
	AppraisalResult showResult(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long personId) {
		return results.of(caller, id, personId).orElseThrow(() -> new NotFoundException("appraisal-result", personId));
	}

	@PutMapping("/periods/{id}/results/{personId}/assessment")
	@Operation(summary = "Write the manager's assessment (a lead of one of the person's teams, or an admin)")
	Assessment assess(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long personId,
			@RequestBody AssessmentRevision revision) {
		return results.assess(caller, id, personId, revision);
	}

	@GetMapping("/periods/{id}/export")
	@Operation(summary = "A period's results as CSV (UTF-8 with BOM) or XLSX (admins); no OKR score column, ever")
	ResponseEntity<byte[]> exportResults(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) String format) {
		if (!"csv".equals(format) && !"xlsx".equals(format)) {
			throw InvalidInputException.of("format", "validation.one-of", "csv, xlsx");
		}
		boolean csv = "csv".equals(format);
		byte[] file = csv ? export.csv(caller, id) : export.xlsx(caller, id);
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("appraisal-" + id + "." + format).build().toString())
			.body(file);
	}
}
