package dev.lodestar.notifications;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.outbound.OutboundAddresses;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * The chat webhooks reminders and digests are posted to: the organisation's, which admins set, and a team's own,
 * which its leads and admins set. A person's chat messages go to their home team's webhook, else the organisation's.
 * The address and secret are credentials, so only those who may change a webhook may read it.
 */
@Service
public class ChatWebhookManagement {

	private final ChatWebhookRepository repository;

	private final TeamManagement teams;

	private final InputValidator validator;

	private final Clock clock;

	ChatWebhookManagement(ChatWebhookRepository repository, TeamManagement teams, InputValidator validator, Clock clock) {
		this.repository = repository;
		this.teams = teams;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ChatWebhook ofOrganisation(Caller caller) {
		caller.requireAdmin();
		return shown(ChatHook.ORGANISATION);
	}

	@Transactional(readOnly = true)
	public ChatWebhook ofTeam(Caller caller, long teamId) {
		requireLeadOrAdmin(caller, teamId);
		return shown(teamId);
	}

	@Transactional
	public ChatWebhook reviseOrganisation(Caller caller, ChatWebhookRevision revision) {
		caller.requireAdmin();
		return revise(ChatHook.ORGANISATION, revision);
	}

	@Transactional
	public ChatWebhook reviseTeam(Caller caller, long teamId, ChatWebhookRevision revision) {
		requireLeadOrAdmin(caller, teamId);
		return revise(teamId, revision);
	}

	/** Whether the caller may read and change the team's webhook: its leads and admins. */
	@Transactional(readOnly = true)
	public boolean mayChange(Caller caller, long teamId) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		return caller.admin() || team.leadIds().contains(caller.personId());
	}

	private void requireLeadOrAdmin(Caller caller, long teamId) {
		if (!mayChange(caller, teamId)) {
			throw new ForbiddenException("problem.forbidden.team-chat-webhook");
		}
	}

	private ChatWebhook shown(long scopeId) {
		return repository.find(scopeId).map(ChatHook::shown).orElseGet(ChatWebhook::none);
	}

	private ChatWebhook revise(long scopeId, ChatWebhookRevision revision) {
		validator.check(revision);
		var stored = repository.find(scopeId);
		boolean saved;
		if (revision.platform() == null) {
			saved = stored.isPresent() ? repository.delete(scopeId, revision.version()) : revision.version() == 0;
		}
		else {
			String url = OutboundAddresses.requireWebAddress("url", revision.url());
			String secret = secretOf(revision, stored.map(ChatHook::secret).orElse(null));
			if (secret != null && !revision.platform().signs()) {
				throw InvalidInputException.of("secret", "validation.chat-no-signing");
			}
			if (stored.isEmpty() && revision.version() == 0) {
				saved = insert(scopeId, revision.platform(), url, secret);
			}
			else {
				saved = stored.isPresent()
						&& repository.update(scopeId, revision.platform(), url, secret, revision.version(), clock.instant());
			}
		}
		if (!saved) {
			throw new StaleVersionException(scopeId == ChatHook.ORGANISATION ? "chat-webhook" : "team-chat-webhook", scopeId);
		}
		return shown(scopeId);
	}

	private boolean insert(long scopeId, ChatPlatform platform, String url, String secret) {
		try {
			repository.insert(scopeId, platform, url, secret, clock.instant());
			return true;
		}
		catch (DuplicateKeyException setMeanwhile) {
			return false;
		}
	}

	/** Null keeps the saved secret, blank removes it, anything else replaces it. */
	private static String secretOf(ChatWebhookRevision revision, String saved) {
		if (revision.secret() == null) {
			return saved;
		}
		return revision.secret().isBlank() ? null : revision.secret().strip();
	}
}
