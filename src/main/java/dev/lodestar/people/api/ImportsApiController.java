package dev.lodestar.people.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.people.ImportRefusedException;
import dev.lodestar.people.ImportSummary;
import dev.lodestar.people.PeopleImport;
import dev.lodestar.platform.errors.ProblemRenderer;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "People")
class ImportsApiController {

	private final PeopleImport imports;

	private final IdempotentRequests idempotent;

	private final ProblemRenderer problems;

	ImportsApiController(PeopleImport imports, IdempotentRequests idempotent, ProblemRenderer problems) {
		this.imports = imports;
		this.idempotent = idempotent;
		this.problems = problems;
	}

	@PostMapping(path = "/people-and-teams", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	@Operation(summary = "Import people and teams from a CSV file (admins): all rows or none",
			description = "UTF-8, comma-separated, a header row naming the columns type, name, email, locale, admin, teams, "
					+ "parent, leads, members (only type and name are required). type is person or team. A person row "
					+ "takes name, email, locale (en or zh-CN), admin (true or false) and teams (names, separated by ';', "
					+ "that the person joins as a member). A team row takes name, parent (a team's name, in the file or "
					+ "existing) and leads and members (e-mails separated by ';'). Imported people have no password "
					+ "until an admin sets one. A file with problems is refused with 422 and every bad row in errors "
					+ "(field rows[<row>].<column>, counting the header as row 1); with dryRun=true a clean file is "
					+ "only checked and its preview returned.")
	ResponseEntity<?> importPeopleAndTeams(@AuthenticationPrincipal Caller caller, @RequestBody byte[] file,
			@Parameter(description = "check the file and show what it would import, without saving anything")
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		if (dryRun) {
			return ResponseEntity.ok(imports.check(caller, file));
		}
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), file, ImportSummary.class,
				() -> imports.importAll(caller, file), imported -> URI.create("/api/v1/people"));
	}

	/** Each bad row carries its number and column besides the path, so a client can point at the cell. */
	@ExceptionHandler(ImportRefusedException.class)
	ResponseEntity<ProblemDetail> refuseImport(ImportRefusedException refused, Locale locale) {
		ProblemDetail detail = problems.render(refused, locale);
		detail.setProperty("errors", refused.errors().stream().map(error -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("field", error.field());
			row.put("row", error.row());
			row.put("column", error.column());
			row.put("message", problems.message(error.messageKey(), locale, error.args()));
			return row;
		}).toList());
		return ResponseEntity.status(refused.status()).body(detail);
	}
}
