package dev.lodestar.platform.errors;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Writes a problem from a servlet filter, where no controller advice reaches (401, 403, 413). */
@Component
public class ProblemResponses {

	private final ProblemRenderer renderer;

	private final JsonMapper json;

	private final LocaleResolver locales;

	ProblemResponses(ProblemRenderer renderer, JsonMapper json, LocaleResolver locales) {
		this.renderer = renderer;
		this.json = json;
		this.locales = locales;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String detailKey) throws IOException {
		var detail = renderer.render(status, code, detailKey, new Object[0], List.of(), locales.resolveLocale(request));
		detail.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), detail);
	}
}
