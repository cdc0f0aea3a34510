package dev.lodestar.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Until the web pages arrive, the address a newcomer opens shows what Lodestar can do: its API. */
@Controller
class RootController {

	@GetMapping("/")
	String showApi() {
		return "redirect:/swagger-ui.html";
	}
}
