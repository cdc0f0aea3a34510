package dev.lodestar.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.outbound.OutboundAddresses;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/**
 * Registering webhooks and reading their logs. Anyone registers their own; admins also the organisation's, which never
 * hears about scores. Only a webhook's owner (for the organisation's: admins) sees, changes or removes it.
 */
@Service
public class WebhookManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WebhookRepository webhooks;

	private final InputValidator validator;

	private final Clock clock;

	WebhookManagement(WebhookRepository webhooks, InputValidator validator, Clock clock) {
		this.webhooks = webhooks;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public RegisteredWebhook register(Caller caller, NewWebhook command) {
		validator.check(command);
		boolean organisation = Boolean.TRUE.equals(command.organisation());
		if (organisation) {
			caller.requireAdmin();
			if (command.events().contains(WebhookEvent.SCORE_RECORDED)) {
				throw InvalidInputException.of("events", "validation.webhook-scores-own");
			}
		}
		String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
		long id = webhooks.insert(organisation ? null : caller.personId(), OutboundAddresses.requireWebAddress("url", command.url()), secret,
				command.events(), caller.personId(), clock.instant());
		return new RegisteredWebhook(webhooks.find(id).orElseThrow(), secret);
	}

	/** The caller's own webhooks, and for admins the organisation's too: one query. */
	@Transactional(readOnly = true)
	public List<Webhook> visibleTo(Caller caller) {
		return webhooks.visibleTo(caller.personId(), caller.admin());
	}

	@Transactional(readOnly = true)
	public Webhook find(Caller caller, long id) {
		return owned(caller, id);
	}

	@Transactional
	public Webhook revise(Caller caller, long id, WebhookRevision revision) {
		Webhook webhook = owned(caller, id);
		validator.check(revision);
		if (webhook.organisations() && revision.events().contains(WebhookEvent.SCORE_RECORDED)) {
			throw InvalidInputException.of("events", "validation.webhook-scores-own");
		}
		if (!webhooks.update(id, OutboundAddresses.requireWebAddress("url", revision.url()), revision.events(), revision.active(), revision.version())) {
			throw new StaleVersionException("webhook", id);
		}
		return webhooks.find(id).orElseThrow();
	}

	@Transactional
	public void remove(Caller caller, long id) {
		owned(caller, id);
		webhooks.delete(id);
	}

	/** A page of the webhook's deliveries, newest first: two queries. */
	@Transactional(readOnly = true)
	public Page<WebhookDelivery> deliveries(Caller caller, long id, PageQuery page) {
		owned(caller, id);
		long total = webhooks.countDeliveries(id);
		return Page.of(webhooks.deliveries(id, page.offset(), page.size()), page, total);
	}

	/** Puts a FAILED delivery back in line, to be posted at the next run. */
	@Transactional
	public WebhookDelivery retry(Caller caller, long id, long deliveryId) {
		owned(caller, id);
		webhooks.findDelivery(id, deliveryId).orElseThrow(() -> new NotFoundException("webhook-delivery", deliveryId));
		if (!webhooks.retry(deliveryId, clock.instant())) {
			throw new RuleViolationException("webhook-delivery-not-failed", "problem.webhook-delivery-not-failed.detail", deliveryId);
		}
		return webhooks.findDelivery(id, deliveryId).orElseThrow();
	}

	private Webhook owned(Caller caller, long id) {
		Webhook webhook = webhooks.find(id).orElseThrow(() -> new NotFoundException("webhook", id));
		boolean mine = webhook.organisations() ? caller.admin() : webhook.ownerPersonId() == caller.personId();
		if (!mine) {
			if (!caller.admin()) {
				throw new NotFoundException("webhook", id);
			}
			throw new ForbiddenException("problem.forbidden.webhook");
		}
		return webhook;
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}
}
