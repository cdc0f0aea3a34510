package dev.lodestar.objectives.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.objectives.Caps;
import dev.lodestar.objectives.ObjectiveCaps;
import dev.lodestar.platform.security.Caller;

@RestController
@RequestMapping("/api/v1/policy/caps")
@Tag(name = "Policy")
class CapsApiController {

	private final ObjectiveCaps caps;

	CapsApiController(ObjectiveCaps caps) {
		this.caps = caps;
	}

	@GetMapping
	@Operation(summary = "How many objectives per owner and cycle, and key results per objective, are allowed")
	Caps showCaps() {
		return caps.current();
	}

	@PutMapping
	@Operation(summary = "Change the caps (admins), 1 to 10 each")
	Caps reviseCaps(@AuthenticationPrincipal Caller caller, @RequestBody Caps revision) {
		return caps.revise(caller, revision);
	}
}
