package dev.lodestar.people.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.ApiToken;
import dev.lodestar.people.ApiTokenManagement;
import dev.lodestar.people.IssuedToken;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.TokenScope;
import dev.lodestar.platform.web.Shell;

/**
 * Everyone's own API tokens. The secret of a new token is shown once and never stored: the idempotency record
 * keeps the token without it, so a double-clicked submit finds the first token instead of issuing a second.
 */
@Controller
class TokensPagesController {

	private static final String HTMX = "HX-Request";

	private final ApiTokenManagement tokens;

	private final IdempotentRequests idempotent;

	TokensPagesController(ApiTokenManagement tokens, IdempotentRequests idempotent) {
		this.tokens = tokens;
		this.idempotent = idempotent;
	}

	@GetMapping("/settings/tokens")
	String showTokens(Shell shell, Model model) {
		model.addAttribute("page", new TokensPage(shell, panel(shell, null, false)));
		return "people/tokens-page";
	}

	@PostMapping(path = "/settings/tokens", headers = "!" + HTMX)
	String issueToken(Shell shell, @RequestParam(required = false) String idempotencyKey,
			@RequestParam(defaultValue = "OKR") TokenScope scope, Model model, HttpServletRequest request) {
		model.addAttribute("page", new TokensPage(shell, issue(shell, idempotencyKey, scope, request)));
		return "people/tokens-page";
	}

	@PostMapping(path = "/settings/tokens", headers = HTMX)
	String issueTokenInPlace(Shell shell, @RequestParam(required = false) String idempotencyKey,
			@RequestParam(defaultValue = "OKR") TokenScope scope, Model model, HttpServletRequest request) {
		model.addAttribute("page", issue(shell, idempotencyKey, scope, request));
		return "people/tokens-panel";
	}

	@PostMapping(path = "/settings/tokens/{id}/revoke", headers = "!" + HTMX)
	String revokeToken(Shell shell, @PathVariable long id) {
		tokens.revoke(shell.caller(), id);
		return "redirect:/settings/tokens";
	}

	@PostMapping(path = "/settings/tokens/{id}/revoke", headers = HTMX)
	String revokeTokenInPlace(Shell shell, @PathVariable long id, Model model) {
		tokens.revoke(shell.caller(), id);
		ApiToken revoked = tokens.tokensOf(shell.caller()).stream().filter(token -> token.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("token", id));
		model.addAttribute("page", new TokenRowFragment(shell, revoked));
		return "people/token-row-fragment";
	}

	/** A repeated submit replays the first token, issued in a transaction that committed; this one's rolled back. */
	private TokensPanel issue(Shell shell, String key, TokenScope scope, HttpServletRequest request) {
		AtomicReference<IssuedToken> attempt = new AtomicReference<>();
		ApiToken token = idempotent.once(shell.caller(), key, "POST " + request.getRequestURI(), Map.of("scope", scope.name()),
				ApiToken.class, () -> {
			var issued = tokens.issue(shell.caller(), scope);
			attempt.set(issued);
			return new ApiToken(issued.id(), issued.scope(), issued.createdAt(), null);
		});
		IssuedToken issued = attempt.get();
		boolean thisOne = issued != null && issued.id() == token.id();
		return panel(shell, thisOne ? issued.token() : null, !thisOne);
	}

	private TokensPanel panel(Shell shell, String issued, boolean alreadyIssued) {
		return new TokensPanel(shell, tokens.tokensOf(shell.caller()), List.of(TokenScope.values()), issued, alreadyIssued,
				UUID.randomUUID().toString());
	}
}
