package dev.lodestar.showcase.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.showcase.CopyStarted;
import dev.lodestar.showcase.NewCopy;
import dev.lodestar.showcase.ShowcaseDecision;
import dev.lodestar.showcase.ShowcaseExample;
import dev.lodestar.showcase.ShowcaseFilter;
import dev.lodestar.showcase.ShowcaseManagement;

/**
 * The showcase in the browser: browsing and starting a draft from an example, the coaches' nominations page, and the
 * part of an objective's page that credits its example and nominates it.
 */
@Controller
class ShowcasePagesController {

	private static final int PAGE_SIZE = 20;

	private final ShowcaseManagement showcase;

	private final IdempotentRequests idempotent;

	ShowcasePagesController(ShowcaseManagement showcase, IdempotentRequests idempotent) {
		this.showcase = showcase;
		this.idempotent = idempotent;
	}

	@GetMapping("/showcase")
	String showShowcase(Shell shell, @RequestParam(required = false) String theme,
			@RequestParam(required = false) Long cycle, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", page(shell, new ShowcaseFilter(theme, cycle, team), page, null, FormErrors.none()));
		return "showcase/showcase-page";
	}

	@PostMapping("/showcase/{id}/copy")
	String copy(Shell shell, @PathVariable long id, @RequestParam(required = false) Long cycle,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response) {
		try {
			NewCopy command = new NewCopy(cycle);
			CopyStarted started = idempotent.once(shell.caller(), idempotencyKey, "POST /showcase/" + id + "/copy", command,
					CopyStarted.class, () -> showcase.copy(shell.caller(), id, command));
			return "redirect:/objectives/" + started.objectiveId();
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, ShowcaseFilter.none(), null, id, FormErrors.of(refused, shell.t())));
			return "showcase/showcase-page";
		}
	}

	@GetMapping("/showcase/nominations")
	String showNominations(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new NominationsPage(shell, showcase.nominations(shell.caller()),
				done == null ? null : "showcase.nominations.done." + ("declined".equals(done) ? "declined" : "accepted"),
				FormErrors.none()));
		return "showcase/nominations-page";
	}

	@PostMapping("/showcase/{id}/accept")
	String accept(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			HttpServletResponse response) {
		return decide(shell, model, response, "accepted",
				() -> showcase.accept(shell.caller(), id, new ShowcaseDecision(version, null)));
	}

	@PostMapping("/showcase/{id}/decline")
	String decline(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		return decide(shell, model, response, "declined",
				() -> showcase.decline(shell.caller(), id, new ShowcaseDecision(version, reason)));
	}

	private String decide(Shell shell, Model model, HttpServletResponse response, String done,
			java.util.function.Supplier<ShowcaseExample> decision) {
		try {
			decision.get();
			return "redirect:/showcase/nominations?done=" + done;
		}
		catch (Problem refused) {
			if (refused.status() == HttpStatus.FORBIDDEN) {
				throw refused;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new NominationsPage(shell, showcase.nominations(shell.caller()), null,
					FormErrors.of(refused, shell.t())));
			return "showcase/nominations-page";
		}
	}

	@GetMapping("/objectives/{objectiveId}/showcase")
	String showPart(Shell shell, @PathVariable long objectiveId, Model model) {
		model.addAttribute("page", part(shell, objectiveId, NominationForm.empty(), FormErrors.none()));
		return "showcase/showcase-part";
	}

	@PostMapping("/objectives/{objectiveId}/showcase")
	String nominate(Shell shell, @PathVariable long objectiveId, @ModelAttribute NominationForm form, Model model,
			HttpServletResponse response) {
		try {
			var command = form.toCommand(objectiveId);
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST /objectives/" + objectiveId + "/showcase",
					command, ShowcaseExample.class, () -> showcase.nominate(shell.caller(), command));
			model.addAttribute("page", part(shell, objectiveId, NominationForm.empty(), FormErrors.none()));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", part(shell, objectiveId, form, FormErrors.of(refused, shell.t())));
		}
		return "showcase/showcase-part";
	}

	private ShowcasePart part(Shell shell, long objectiveId, NominationForm form, FormErrors errors) {
		return new ShowcasePart(shell, objectiveId, showcase.creditOf(shell.caller(), objectiveId).orElse(null),
				showcase.entryOf(shell.caller(), objectiveId).orElse(null), showcase.isShowable(objectiveId), form, errors);
	}

	private ShowcasePage page(Shell shell, ShowcaseFilter filter, Integer page, Long refused, FormErrors errors) {
		return new ShowcasePage(shell, showcase.browse(filter, PageQuery.of(page, PAGE_SIZE)), filter,
				showcase.openCycles(), refused, errors);
	}
}
