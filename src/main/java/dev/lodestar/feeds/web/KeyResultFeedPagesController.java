package dev.lodestar.feeds.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lodestar.feeds.KeyResultFeedManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Under each key result of an objective's page: its feed, if an integration updates it, and the small form that sets
 * one up. Every answer is the whole fragment again, so the page swaps it in place.
 */
@Controller
class KeyResultFeedPagesController {

	private static final String FRAGMENT = "feeds/key-result-feed";

	private final KeyResultFeedManagement feeds;

	KeyResultFeedPagesController(KeyResultFeedManagement feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/key-results/{id}/feed")
	String showFeed(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new KeyResultFeedFragment(shell, feeds.view(shell.caller(), id), null, FormErrors.none()));
		return FRAGMENT;
	}

	@GetMapping("/key-results/{id}/feed/form")
	String openFeedForm(Shell shell, @PathVariable long id, Model model) {
		var view = feeds.view(shell.caller(), id);
		if (!view.mayChange()) {
			throw new ForbiddenException("problem.forbidden.key-result-feed");
		}
		var form = view.feed() == null ? FeedForm.NEW : FeedForm.of(view.feed());
		model.addAttribute("page", new KeyResultFeedFragment(shell, view, form, FormErrors.none()));
		return FRAGMENT;
	}

	@PostMapping("/key-results/{id}/feed")
	String setFeed(Shell shell, @PathVariable long id, @ModelAttribute FeedForm form, Model model,
			HttpServletResponse response) {
		try {
			feeds.set(shell.caller(), id, form.toSetting());
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new KeyResultFeedFragment(shell, feeds.view(shell.caller(), id), form,
					FormErrors.of(refused, shell.t())));
			return FRAGMENT;
		}
		return showFeed(shell, id, model);
	}

	@PostMapping("/key-results/{id}/feed/remove")
	String removeFeed(Shell shell, @PathVariable long id, Model model) {
		feeds.remove(shell.caller(), id);
		return showFeed(shell, id, model);
	}
}
