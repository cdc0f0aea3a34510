package dev.lodestar.platform.web;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import dev.lodestar.platform.errors.Problem;

/**
 * Error pages for people in a browser, in their language; the API keeps answering problem+json. Refusals
 * inside a page controller come here from the problem advice; errors before any controller (a forbidden
 * admin page, an unknown address) come through Spring Boot's error view.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

	private final ShellResolver shells;

	private final TemplateEngine templates;

	ErrorPages(ShellResolver shells, TemplateEngine templates) {
		this.shells = shells;
		this.templates = templates;
	}

	/** A browser asked for a page (not the API), so it should get HTML. */
	public boolean wantsPage(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/actuator")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getHeader("HX-Request") != null || accept == null || accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	public ResponseEntity<Object> render(HttpServletRequest request, Problem problem) {
		Shell shell = shells.shellOf(request);
		var page = new ErrorPage(shell, problem.status().value(), shell.t().m("problem." + problem.code() + ".title"),
				shell.t().m(problem.detailKey(), problem.args()));
		return html(page);
	}

	public ResponseEntity<Object> render(HttpServletRequest request, HttpStatus status) {
		return html(pageFor(request, status));
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return new ModelAndView("error-page", Map.of("page", pageFor(request, status)), status);
	}

	private ErrorPage pageFor(HttpServletRequest request, HttpStatus status) {
		Shell shell = shells.shellOf(request);
		String kind = switch (status.value()) {
			case 403 -> "forbidden";
			case 404 -> "not-found";
			default -> status.is4xxClientError() ? "bad-request" : "server";
		};
		return new ErrorPage(shell, status.value(), shell.t().m("error." + kind + ".title"), shell.t().m("error." + kind + ".detail"));
	}

	private ResponseEntity<Object> html(ErrorPage page) {
		var output = new StringOutput();
		templates.render("error-page.jte", page, output);
		return ResponseEntity.status(page.status()).contentType(MediaType.TEXT_HTML).body(output.toString());
	}
}
