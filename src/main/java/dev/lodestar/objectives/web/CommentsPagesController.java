package dev.lodestar.objectives.web;

import java.net.URI;

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

import dev.lodestar.objectives.Comment;
import dev.lodestar.objectives.CommentThread;
import dev.lodestar.objectives.ObjectiveComments;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The thread under an objective, without reloading the page: a posted comment is appended to it, a refused one
 * comes back with its message next to the field, and earlier comments are fetched on request.
 */
@Controller
class CommentsPagesController {

	private final ObjectiveComments comments;

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	CommentsPagesController(ObjectiveComments comments, PeopleManagement people, IdempotentRequests idempotent) {
		this.comments = comments;
		this.people = people;
		this.idempotent = idempotent;
	}

	@PostMapping("/objectives/{id}/comments")
	String postComment(Shell shell, @PathVariable long id, @ModelAttribute CommentForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		CommentLine appended = null;
		try {
			var command = form.toCommand();
			var answer = idempotent.create(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(),
					command, Comment.class, () -> comments.post(shell.caller(), id, command),
					posted -> URI.create("/api/v1/objectives/" + id + "/comments/" + posted.id()));
			if (!answer.getHeaders().containsHeader(IdempotentRequests.REPLAYED_HEADER)) {
				Comment posted = answer.getBody();
				appended = new CommentLine(posted.id(), shell.caller().name(), posted.text(), posted.postedAt());
			}
		}
		catch (NotFoundException absent) {
			throw absent;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new CommentFormFragment(shell, id, form, FormErrors.of(refused, shell.t()), null));
			return "objectives/comment-form-fragment";
		}
		model.addAttribute("page", new CommentFormFragment(shell, id, CommentForm.empty(), FormErrors.none(), appended));
		return "objectives/comment-form-fragment";
	}

	@GetMapping("/objectives/{id}/comments")
	String showEarlierComments(Shell shell, @PathVariable long id, @RequestParam long before, Model model) {
		CommentThread thread = comments.thread(shell.caller(), id, before, ObjectivePages.THREAD_LENGTH);
		var names = people.namesOf(thread.comments().stream().map(Comment::authorId).toList());
		model.addAttribute("page", new EarlierCommentsFragment(shell, id, CommentLine.of(thread.comments(), names),
				thread.earlierExist() ? thread.oldestId() : null));
		return "objectives/earlier-comments-fragment";
	}
}
