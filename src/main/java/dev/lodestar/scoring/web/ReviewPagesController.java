package dev.lodestar.scoring.web;

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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ReviewBoard;
import dev.lodestar.scoring.ReviewDecision;
import dev.lodestar.scoring.ReviewManagement;
import dev.lodestar.scoring.ReviewTransition;
import dev.lodestar.scoring.ScoreFeedback;
import dev.lodestar.scoring.WeeklyReview;

/**
 * The weekly review in the browser. The board is one live part: every change of the review sends a bare
 * {@code review-changed} signal down the page's event stream, and the part fetches itself again with its reader's
 * permissions. Feedback forms post with htmx and answer with {@code HX-Trigger: review-changed}; the lead's steps
 * are plain forms that come back to the page.
 */
@Controller
class ReviewPagesController {

	private final ReviewManagement reviews;

	private final LiveUpdates live;

	private final IdempotentRequests idempotent;

	ReviewPagesController(ReviewManagement reviews, LiveUpdates live, IdempotentRequests idempotent) {
		this.reviews = reviews;
		this.live = live;
		this.idempotent = idempotent;
	}

	/** Loaded into the team's page, which knows nothing of scoring: a link for the team's people and admins. */
	@GetMapping("/teams/{teamId}/review-link")
	String showReviewLink(Shell shell, @PathVariable long teamId, Model model) {
		model.addAttribute("page", new ReviewLinkFragment(shell, teamId, reviews.mayFollow(shell.caller(), teamId)));
		return "scoring/review-link";
	}

	@GetMapping("/teams/{teamId}/review")
	String showTeamReviews(Shell shell, @PathVariable long teamId, Model model) {
		model.addAttribute("page", new ReviewTeamPage(shell, reviews.ofTeam(shell.caller(), teamId), FormErrors.none()));
		return "scoring/review-team-page";
	}

	@PostMapping("/teams/{teamId}/review")
	String openReview(Shell shell, @PathVariable long teamId, Model model, HttpServletResponse response) {
		try {
			WeeklyReview review = reviews.open(shell.caller(), teamId);
			return "redirect:/reviews/" + review.id();
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new ReviewTeamPage(shell, reviews.ofTeam(shell.caller(), teamId),
					FormErrors.of(refused, shell.t())));
			return "scoring/review-team-page";
		}
	}

	/** Opening the board while the review runs is joining it: the reader's attendance is recorded once. */
	@GetMapping("/reviews/{id}")
	String showReview(Shell shell, @PathVariable long id, Model model) {
		WeeklyReview review = reviews.find(shell.caller(), id);
		if (review.state().takesAttendance() && shell.caller().belongsTo(review.teamId())) {
			reviews.attend(shell.caller(), id);
		}
		model.addAttribute("page", page(shell, id, FormErrors.none(), ReviewDecisionForm.empty(), FormErrors.none()));
		return "scoring/review-page";
	}

	@GetMapping("/reviews/{id}/board")
	String showBoard(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new ReviewBoardFragment(shell, reviews.board(shell.caller(), id)));
		return "scoring/review-board";
	}

	/** The page's event stream: bare signals only, so it may be opened by anyone who may read the board. */
	@GetMapping(path = "/reviews/{id}/live", produces = "text/event-stream")
	@ResponseBody
	SseEmitter followReview(Shell shell, @PathVariable long id) {
		return live.subscribe(reviews.find(shell.caller(), id).topic());
	}

	@PostMapping("/reviews/{id}/key-results/{keyResultId}/feedback")
	String giveFeedback(Shell shell, @PathVariable long id, @PathVariable long keyResultId,
			@ModelAttribute ReviewFeedbackForm form, @RequestParam(defaultValue = "") String keyResultTitle, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		ScoreFeedback given;
		try {
			if (form.scoreIsNotANumber()) {
				throw InvalidInputException.of("suggestedScore", "validation.must-be-number");
			}
			var input = form.toInput();
			given = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), input,
					ScoreFeedback.class, () -> reviews.giveFeedback(shell.caller(), id, keyResultId, input));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new ReviewFeedbackFormFragment(shell, id, keyResultId, keyResultTitle, form,
					FormErrors.of(refused, shell.t()), false, false));
			return "scoring/review-feedback-form";
		}
		response.setHeader("HX-Trigger", ReviewManagement.CHANGED);
		model.addAttribute("page", new ReviewFeedbackFormFragment(shell, id, keyResultId, keyResultTitle,
				ReviewFeedbackForm.of(given), FormErrors.none(), false, true));
		return "scoring/review-feedback-form";
	}

	@PostMapping("/reviews/{id}/reveal")
	String reveal(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "0") int version, Model model,
			HttpServletResponse response) {
		return leadStep(shell, id, model, response, () -> reviews.reveal(shell.caller(), id, new ReviewTransition(version)));
	}

	@PostMapping("/reviews/{id}/close")
	String close(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "0") int version, Model model,
			HttpServletResponse response) {
		return leadStep(shell, id, model, response, () -> reviews.close(shell.caller(), id, new ReviewTransition(version)));
	}

	@PostMapping("/reviews/{id}/decisions")
	String decide(Shell shell, @PathVariable long id, @ModelAttribute ReviewDecisionForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			var input = form.toInput();
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), input,
					ReviewDecision.class, () -> reviews.decide(shell.caller(), id, input));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, id, FormErrors.none(), form, FormErrors.of(refused, shell.t())));
			return "scoring/review-page";
		}
		return "redirect:/reviews/" + id;
	}

	private String leadStep(Shell shell, long id, Model model, HttpServletResponse response, Runnable step) {
		try {
			step.run();
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, id, FormErrors.of(refused, shell.t()), ReviewDecisionForm.empty(),
					FormErrors.none()));
			return "scoring/review-page";
		}
		return "redirect:/reviews/" + id;
	}

	private ReviewPage page(Shell shell, long id, FormErrors errors, ReviewDecisionForm decision, FormErrors decisionErrors) {
		ReviewBoard board = reviews.board(shell.caller(), id);
		return new ReviewPage(shell, board, errors, decision, decisionErrors);
	}
}
