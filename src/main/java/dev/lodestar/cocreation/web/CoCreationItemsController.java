package dev.lodestar.cocreation.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cocreation.CoCreationBoard;
import dev.lodestar.cocreation.CoCreationManagement;
import dev.lodestar.cocreation.ItemChangedMeanwhileException;
import dev.lodestar.cocreation.ItemComment;
import dev.lodestar.cocreation.ItemKind;
import dev.lodestar.cocreation.ItemState;
import dev.lodestar.cocreation.SessionItem;
import dev.lodestar.cocreation.SessionTransition;
import dev.lodestar.cocreation.TimerSetting;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.FormNumbers;
import dev.lodestar.platform.web.Shell;

/**
 * What people do on a session's board. A form someone typed into answers with itself: empty again when it was
 * accepted (and the board is told to refresh), or 422 with the messages next to its fields. A quick action (a +1, a
 * dot, a step of the session) answers with the refresh, or 422 with why, shown above the board.
 */
@Controller
class CoCreationItemsController {

	private static final String REFRESH = "HX-Trigger";

	private final CoCreationManagement cocreation;

	private final IdempotentRequests idempotent;

	private final CoCreationPagesController pages;

	CoCreationItemsController(CoCreationManagement cocreation, IdempotentRequests idempotent,
			CoCreationPagesController pages) {
		this.cocreation = cocreation;
		this.idempotent = idempotent;
		this.pages = pages;
	}

	@PostMapping("/co-creation/{id}/items")
	String propose(Shell shell, @PathVariable long id, @ModelAttribute ProposalForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			var command = form.toCommand();
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					SessionItem.class, () -> cocreation.propose(shell.caller(), id, command));
			ItemKind kind = form.itemKind();
			Long parent = FormText.id(form.parentItemId());
			return proposal(shell, id, ProposalForm.blank(kind, parent), FormErrors.none(), model, response);
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return proposal(shell, id, form, FormErrors.of(refused, shell.t()), model, response);
		}
	}

	private String proposal(Shell shell, long id, ProposalForm form, FormErrors errors, Model model,
			HttpServletResponse response) {
		if (!errors.any()) {
			response.setHeader(REFRESH, CoCreationManagement.CHANGED);
		}
		CoCreationBoard board = cocreation.board(shell.caller(), id);
		model.addAttribute("page", new ProposalFragment(shell, id, form, errors, board.supportable(), BoardFragment.teams(board)));
		return "cocreation/proposal-form";
	}

	/** The hints a proposal earns while it is typed: the same words the board shows once it is proposed. */
	@PostMapping("/co-creation/{id}/hints")
	String hints(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String text, Model model) {
		ItemKind typed = new ProposalForm(kind, "", text, "", "", "", "", "", "", "", "").itemKind();
		model.addAttribute("page", new HintsFragment(shell, cocreation.hintsFor(typed, text)));
		return "cocreation/hints";
	}

	@PostMapping("/co-creation/{id}/items/{itemId}/edit")
	String edit(Shell shell, @PathVariable long id, @PathVariable long itemId, @ModelAttribute EditForm form,
			@RequestParam String kind, Model model, HttpServletResponse response) {
		ItemKind itemKind = ItemKind.valueOf(kind);
		try {
			SessionItem revised = cocreation.revise(shell.caller(), id, itemId, form.toRevision(itemKind == ItemKind.KEY_RESULT));
			response.setHeader(REFRESH, CoCreationManagement.CHANGED);
			model.addAttribute("page", new EditFragment(shell, id, itemId, itemKind, EditForm.of(revised), FormErrors.none(), null));
		}
		catch (ItemChangedMeanwhileException changed) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new EditFragment(shell, id, itemId, itemKind, form.over(changed.current()),
					FormErrors.of(changed, shell.t()), changed.current().text()));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new EditFragment(shell, id, itemId, itemKind, form, FormErrors.of(refused, shell.t()), null));
		}
		return "cocreation/edit-form";
	}

	@PostMapping("/co-creation/{id}/items/{itemId}/comments")
	String comment(Shell shell, @PathVariable long id, @PathVariable long itemId, @ModelAttribute CommentForm form,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			var command = form.toCommand();
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					ItemComment.class, () -> cocreation.comment(shell.caller(), id, itemId, command));
			response.setHeader(REFRESH, CoCreationManagement.CHANGED);
			model.addAttribute("page", new CommentFragment(shell, id, itemId, CommentForm.blank(), FormErrors.none()));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new CommentFragment(shell, id, itemId, form, FormErrors.of(refused, shell.t())));
		}
		return "cocreation/comment-form";
	}

	@PostMapping("/co-creation/{id}/items/{itemId}/decision")
	String decide(Shell shell, @PathVariable long id, @PathVariable long itemId, @ModelAttribute DecisionForm form,
			Model model, HttpServletResponse response) {
		try {
			SessionItem decided = cocreation.decide(shell.caller(), id, itemId, form.toDecision());
			response.setHeader(REFRESH, CoCreationManagement.CHANGED);
			model.addAttribute("page", new DecisionFragment(shell, id, itemId, decided.state(), DecisionForm.of(decided),
					FormErrors.none()));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			SessionItem current = currentOrNull(shell, id, itemId);
			DecisionForm kept = current == null ? form : new DecisionForm(form.state(), form.reason(), String.valueOf(current.version()));
			model.addAttribute("page", new DecisionFragment(shell, id, itemId,
					current == null ? ItemState.PROPOSED : current.state(), kept,
					FormErrors.of(refused, shell.t())));
		}
		return "cocreation/decision-form";
	}

	/** The item as it is now, or null when it is gone (or never was): the refused form then keeps what was sent. */
	private SessionItem currentOrNull(Shell shell, long id, long itemId) {
		try {
			return cocreation.item(shell.caller(), id, itemId);
		}
		catch (Problem gone) {
			return null;
		}
	}

	@PostMapping("/co-creation/{id}/timer")
	String setTimer(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "") String minutes, Model model,
			HttpServletResponse response) {
		try {
			Integer value = FormNumbers.whole(minutes);
			if (value == null) {
				throw InvalidInputException.of("minutes", minutes.isBlank() ? "validation.NotNull" : "validation.must-be-number");
			}
			cocreation.setTimer(shell.caller(), id, new TimerSetting(value));
			response.setHeader(REFRESH, CoCreationManagement.CHANGED);
			model.addAttribute("page", new TimerFragment(shell, id, "", FormErrors.none()));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new TimerFragment(shell, id, minutes, FormErrors.of(refused, shell.t())));
		}
		return "cocreation/timer-form";
	}

	@PostMapping("/co-creation/{id}/timer/clear")
	String clearTimer(Shell shell, @PathVariable long id, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return quickly(shell, id, model, request, response, () -> cocreation.setTimer(shell.caller(), id, null));
	}

	@PostMapping("/co-creation/{id}/items/{itemId}/plus-one")
	String plusOne(Shell shell, @PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "true") boolean on,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return quickly(shell, id, model, request, response, () -> cocreation.plusOne(shell.caller(), id, itemId, on));
	}

	@PostMapping("/co-creation/{id}/items/{itemId}/votes")
	String vote(Shell shell, @PathVariable long id, @PathVariable long itemId, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return quickly(shell, id, model, request, response, () -> cocreation.vote(shell.caller(), id, itemId));
	}

	@PostMapping("/co-creation/{id}/items/{itemId}/votes/remove")
	String unvote(Shell shell, @PathVariable long id, @PathVariable long itemId, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return quickly(shell, id, model, request, response, () -> cocreation.unvote(shell.caller(), id, itemId));
	}

	@PostMapping("/co-creation/{id}/voting")
	String startVoting(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return quickly(shell, id, model, request, response,
				() -> cocreation.startVoting(shell.caller(), id, new SessionTransition(version)));
	}

	@PostMapping("/co-creation/{id}/reveal")
	String reveal(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return quickly(shell, id, model, request, response,
				() -> cocreation.reveal(shell.caller(), id, new SessionTransition(version)));
	}

	@PostMapping("/co-creation/{id}/finish")
	String finish(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "-1") int version, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return quickly(shell, id, model, request, response,
				() -> cocreation.finish(shell.caller(), id, new SessionTransition(version)));
	}

	/**
	 * A quick action: from htmx, the refresh and an empty notice above the board (clearing an earlier refusal), or
	 * 422 with why in that notice; without scripts, the session's page again, with why at its top.
	 */
	private String quickly(Shell shell, long id, Model model, HttpServletRequest request, HttpServletResponse response,
			Runnable action) {
		boolean htmx = request.getHeader("HX-Request") != null;
		List<String> messages = List.of();
		try {
			action.run();
			response.setHeader(REFRESH, CoCreationManagement.CHANGED);
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			FormErrors errors = FormErrors.of(refused, shell.t());
			messages = Stream.concat(errors.general().stream(), errors.otherThan(List.of()).stream()).toList();
			if (!htmx) {
				model.addAttribute("page", pages.sessionPage(shell, id, FormErrors.none(), messages));
				return "cocreation/session-page";
			}
		}
		if (!htmx) {
			return "redirect:/co-creation/" + id;
		}
		response.setHeader("HX-Retarget", "#cocreation-notice");
		response.setHeader("HX-Reswap", "innerHTML");
		model.addAttribute("page", new NoticeFragment(shell, messages));
		return "cocreation/notice";
	}
}
