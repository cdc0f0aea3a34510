package dev.lodestar.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import dev.lodestar.people.ImportRefusedException;
import dev.lodestar.people.ImportSummary;
import dev.lodestar.people.PeopleImport;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Admins upload a CSV file of people and teams: first it is checked and previewed, every bad row listed with
 * its reason; only a clean file can be imported, all of it at once. With htmx the outcome replaces just the
 * result under the form, so the chosen file stays chosen for the import after the check.
 */
@Controller
class ImportPagesController {

	private static final String HTMX = "HX-Request";

	private final PeopleImport imports;

	private final IdempotentRequests idempotent;

	ImportPagesController(PeopleImport imports, IdempotentRequests idempotent) {
		this.imports = imports;
		this.idempotent = idempotent;
	}

	@GetMapping("/admin/import")
	String showImport(Shell shell, Model model) {
		model.addAttribute("page", page(shell, ImportResult.nothing(shell), UUID.randomUUID().toString()));
		return "people/import-page";
	}

	@PostMapping(path = "/admin/import/check", headers = "!" + HTMX)
	String checkFile(Shell shell, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response) {
		model.addAttribute("page", page(shell, check(shell, file, response), idempotencyKey));
		return "people/import-page";
	}

	@PostMapping(path = "/admin/import/check", headers = HTMX)
	String checkFileInPlace(Shell shell, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		model.addAttribute("page", check(shell, file, response));
		return "people/import-result";
	}

	@PostMapping(path = "/admin/import", headers = "!" + HTMX)
	String importFile(Shell shell, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ImportResult result = importAll(shell, file, idempotencyKey, request, response);
		model.addAttribute("page", page(shell, result, result.nextKey() == null ? idempotencyKey : result.nextKey()));
		return "people/import-page";
	}

	@PostMapping(path = "/admin/import", headers = HTMX)
	String importFileInPlace(Shell shell, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("page", importAll(shell, file, idempotencyKey, request, response));
		return "people/import-result";
	}

	/** A file far over the limit is refused while it arrives, before any handler sees it; say so all the same. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView refuseHugeFile(Shell shell, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		ImportResult result = refusal(shell, shell.t().m("problem.import-too-large.detail", imports.maxMegabytes()));
		boolean htmx = request.getHeader(HTMX) != null;
		return new ModelAndView(htmx ? "people/import-result" : "people/import-page", "page",
				htmx ? result : page(shell, result, UUID.randomUUID().toString()));
	}

	private ImportResult check(Shell shell, MultipartFile file, HttpServletResponse response) {
		if (file == null || file.isEmpty()) {
			return refused(response, refusal(shell, shell.t().m("admin.import.choose-file")));
		}
		try {
			return new ImportResult(shell, imports.check(shell.caller(), bytesOf(file)), null, List.of(), List.of(), null);
		}
		catch (Problem refused) {
			return refused(response, refusal(shell, refused));
		}
	}

	private ImportResult importAll(Shell shell, MultipartFile file, String key, HttpServletRequest request,
			HttpServletResponse response) {
		if (file == null || file.isEmpty()) {
			return refused(response, refusal(shell, shell.t().m("admin.import.choose-file")));
		}
		byte[] bytes = bytesOf(file);
		try {
			ImportSummary imported = idempotent.once(shell.caller(), key, "POST " + request.getRequestURI(), bytes,
					ImportSummary.class, () -> imports.importAll(shell.caller(), bytes));
			return new ImportResult(shell, null, imported, List.of(), List.of(), UUID.randomUUID().toString());
		}
		catch (Problem refused) {
			return refused(response, refusal(shell, refused));
		}
		catch (DataIntegrityViolationException concurrentTwin) {
			return refused(response, refusal(shell, shell.t().m("problem.concurrent-change.detail")));
		}
	}

	private ImportPage page(Shell shell, ImportResult result, String idempotencyKey) {
		return new ImportPage(shell, imports.maxBytes(), imports.maxMegabytes(), imports.columns(), result, idempotencyKey);
	}

	private static ImportResult refused(HttpServletResponse response, ImportResult result) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return result;
	}

	private static ImportResult refusal(Shell shell, String message) {
		return new ImportResult(shell, null, null, List.of(), List.of(message), null);
	}

	private static ImportResult refusal(Shell shell, Problem refused) {
		if (refused instanceof ImportRefusedException rows) {
			return new ImportResult(shell, null, null, rows.errors(), List.of(shell.t().m(refused.detailKey(), refused.args())), null);
		}
		FormErrors errors = FormErrors.of(refused, shell.t());
		List<String> messages = errors.general().isEmpty()
				? errors.fields().values().stream().flatMap(List::stream).toList() : errors.general();
		return new ImportResult(shell, null, null, List.of(), messages, null);
	}

	private static byte[] bytesOf(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
