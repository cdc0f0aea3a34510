package dev.lodestar.platform.errors;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Puts a problem into words, in the caller's language, as RFC 9457 problem details. */
@Component
public class ProblemRenderer {

	private static final String TYPE_PREFIX = "urn:lodestar:problem:";

	private final MessageSource messages;

	ProblemRenderer(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail render(Problem problem, Locale locale) {
		ProblemDetail detail = render(problem.status(), problem.code(), problem.detailKey(), problem.args(),
				problem.violations(), locale);
		problem.properties().forEach(detail::setProperty);
		return detail;
	}

	public ProblemDetail render(HttpStatusCode status, String code, String detailKey, Object[] args,
			List<FieldViolation> violations, Locale locale) {
		ProblemDetail detail = ProblemDetail.forStatus(status);
		detail.setType(URI.create(TYPE_PREFIX + code));
		detail.setTitle(messages.getMessage("problem." + code + ".title", null, locale));
		detail.setDetail(messages.getMessage(detailKey, args, locale));
		if (!violations.isEmpty()) {
			detail.setProperty("errors", violations.stream()
				.map(violation -> Map.of("field", violation.field(),
						"message", messages.getMessage(violation.messageKey(), violation.args(), locale)))
				.toList());
		}
		return detail;
	}

	public String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
