package dev.lodestar.people.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.people.ApiToken;
import dev.lodestar.people.ApiTokenManagement;
import dev.lodestar.people.IssuedToken;
import dev.lodestar.people.TokenRequest;
import dev.lodestar.platform.security.Caller;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens")
class TokensApiController {

	private final ApiTokenManagement tokens;

	TokensApiController(ApiTokenManagement tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	@SecurityRequirements
	@Operation(summary = "Sign in with e-mail and password; the token in the answer is shown only this once. Its scope is OKR "
			+ "(everything but appraisal, the default) or APPRAISAL (only KPIs, appraisal and tokens; never a score)")
	ResponseEntity<IssuedToken> issueToken(@RequestBody TokenRequest request) {
		IssuedToken issued = tokens.issue(request);
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
	}

	@GetMapping
	@Operation(summary = "My tokens with their scopes, without their secrets")
	List<ApiToken> listTokens(@AuthenticationPrincipal Caller caller) {
		return tokens.tokensOf(caller);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke one of my tokens; it stops working at once")
	ResponseEntity<Void> revokeToken(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		tokens.revoke(caller, id);
		return ResponseEntity.noContent().build();
	}
}
