package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.people.ApiToken;
import dev.lodestar.platform.security.TokenScope;
import dev.lodestar.platform.web.Shell;

/**
 * My tokens and the button that issues another. A token just issued is shown here this once; after a
 * double-clicked submit the same token is not issued again, and its secret cannot be shown again either.
 *
 * @param scopes the scopes a new token may have, OKR first (the default)
 * @param issued the secret of the token just issued; absent otherwise
 * @param alreadyIssued the submit was a repeat of one that issued a token
 * @param idempotencyKey the key the next submit carries
 */
public record TokensPanel(Shell shell, List<ApiToken> tokens, List<TokenScope> scopes, String issued, boolean alreadyIssued,
		String idempotencyKey) {

	public TokensPanel {
		tokens = List.copyOf(tokens);
		scopes = List.copyOf(scopes);
	}
}
