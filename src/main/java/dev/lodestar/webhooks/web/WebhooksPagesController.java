package dev.lodestar.webhooks.web;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

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

import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.webhooks.RegisteredWebhook;
import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookManagement;

/** Settings → Webhooks: registering one (its secret shown once), its delivery log, retrying and removing. */
@Controller
class WebhooksPagesController {

	private static final String LIST = "webhooks/webhooks-page";

	private final WebhookManagement webhooks;

	private final IdempotentRequests idempotent;

	WebhooksPagesController(WebhookManagement webhooks, IdempotentRequests idempotent) {
		this.webhooks = webhooks;
		this.idempotent = idempotent;
	}

	@GetMapping("/settings/webhooks")
	String showWebhooks(Shell shell, Model model) {
		model.addAttribute("page", list(shell, WebhookForm.empty(), FormErrors.none(), null, false));
		return LIST;
	}

	/** A repeated submit replays the first registration, whose answer showed the secret; this one shows none. */
	@PostMapping("/settings/webhooks")
	String registerWebhook(Shell shell, @ModelAttribute WebhookForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		AtomicReference<RegisteredWebhook> attempt = new AtomicReference<>();
		try {
			Webhook webhook = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(),
					form.toNewWebhook(), Webhook.class, () -> {
						RegisteredWebhook registered = webhooks.register(shell.caller(), form.toNewWebhook());
						attempt.set(registered);
						return registered.webhook();
					});
			boolean thisOne = attempt.get() != null && attempt.get().webhook().id() == webhook.id();
			model.addAttribute("page", list(shell, WebhookForm.empty(), FormErrors.none(), thisOne ? attempt.get().secret() : null,
					!thisOne));
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", list(shell, form, FormErrors.of(refused, shell.t()), null, false));
		}
		return LIST;
	}

	@GetMapping("/settings/webhooks/{id}")
	String showWebhook(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new WebhookPage(shell, webhooks.find(shell.caller(), id),
				webhooks.deliveries(shell.caller(), id, PageQuery.of(page, null)),
				"retried".equals(done) ? "webhooks.retried" : null));
		return "webhooks/webhook-page";
	}

	@PostMapping("/settings/webhooks/{id}/deliveries/{deliveryId}/retry")
	String retryDelivery(Shell shell, @PathVariable long id, @PathVariable long deliveryId) {
		webhooks.retry(shell.caller(), id, deliveryId);
		return "redirect:/settings/webhooks/" + id + "?done=retried";
	}

	@PostMapping("/settings/webhooks/{id}/remove")
	String removeWebhook(Shell shell, @PathVariable long id) {
		webhooks.remove(shell.caller(), id);
		return "redirect:/settings/webhooks";
	}

	private WebhooksPage list(Shell shell, WebhookForm form, FormErrors errors, String secret, boolean already) {
		return new WebhooksPage(shell, webhooks.visibleTo(shell.caller()), form, errors, secret, already,
				UUID.randomUUID().toString());
	}
}
