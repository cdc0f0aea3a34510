package dev.lodestar.platform.errors;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.lodestar.platform.web.ErrorPages;

/**
 * Every refusal of the API becomes {@code application/problem+json} in the caller's language, with the
 * offending fields named; nothing becomes a 500 that the caller could have avoided.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ProblemRenderer renderer;

	private final ErrorPages pages;

	ProblemDetailsAdvice(ProblemRenderer renderer, ErrorPages pages) {
		this.renderer = renderer;
		this.pages = pages;
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<Object> refuse(Problem problem, Locale locale, HttpServletRequest request) {
		if (pages.wantsPage(request)) {
			return pages.render(request, problem);
		}
		return ResponseEntity.status(problem.status()).body(renderer.render(problem, locale));
	}

	/** Spring MVC's own refusals (no such page, wrong method) as a page for browsers, as problems for the API. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var servletRequest = ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
		if (pages.wantsPage(servletRequest) && HttpStatus.resolve(status.value()) != null) {
			return pages.render(servletRequest, HttpStatus.valueOf(status.value()));
		}
		return super.handleExceptionInternal(exception, body, headers, status, request);
	}

	/** A unique key or foreign key the checks before the write could not see, e.g. a concurrent twin. */
	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	ResponseEntity<Object> conflict(RuntimeException exception, Locale locale) {
		log.info("Refused a write that lost a race: {}", exception.getMessage());
		return problem(HttpStatus.CONFLICT, "concurrent-change", "problem.concurrent-change.detail", locale);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		if (causeOf(exception, PayloadTooLargeException.class) != null) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "problem.payload-too-large.detail", locale);
		}
		JacksonException jackson = causeOf(exception, JacksonException.class);
		if (jackson == null || jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException)) {
			return problem(HttpStatus.BAD_REQUEST, "malformed-json", "problem.malformed-json.detail", locale);
		}
		return invalid(new InvalidInputException(List.of(violationOf(jackson))));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = exception.getPropertyName() == null ? "?" : exception.getPropertyName();
		return invalid(InvalidInputException.of(field, typeMessage(exception.getRequiredType()), typeArgs(exception.getRequiredType())));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(InvalidInputException.of(exception.getParameterName(), "validation.NotNull"));
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (exception instanceof MissingRequestHeaderException missing) {
			return invalid(InvalidInputException.of(missing.getHeaderName(), "validation.NotNull"));
		}
		return super.handleServletRequestBindingException(exception, headers, status, request);
	}

	private static FieldViolation violationOf(JacksonException exception) {
		String field = pathOf(exception);
		if (exception instanceof UnrecognizedPropertyException) {
			return new FieldViolation(field, "validation.unknown-field");
		}
		if (exception instanceof InputCoercionException) {
			return new FieldViolation(field, "validation.out-of-range");
		}
		Class<?> target = exception instanceof InvalidFormatException invalid ? invalid.getTargetType()
				: exception instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
		return new FieldViolation(field, typeMessage(target), typeArgs(target));
	}

	private static String pathOf(JacksonException exception) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String typeMessage(Class<?> type) {
		if (type == null) {
			return "validation.wrong-type";
		}
		if (type.isEnum()) {
			return "validation.one-of";
		}
		if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
			return "validation.must-be-whole-number";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "validation.must-be-number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "validation.must-be-boolean";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "validation.must-be-list";
		}
		if (type == String.class) {
			return "validation.must-be-text";
		}
		if (type.getName().startsWith("java.time.")) {
			return "validation.must-be-date";
		}
		return "validation.wrong-type";
	}

	private static Object[] typeArgs(Class<?> type) {
		if (type != null && type.isEnum()) {
			return new Object[] { String.join(", ", List.of(type.getEnumConstants()).stream().map(String::valueOf).toList()) };
		}
		return new Object[0];
	}

	private ResponseEntity<Object> problem(HttpStatus status, String code, String detailKey, Locale locale) {
		return ResponseEntity.status(status).body(renderer.render(status, code, detailKey, new Object[0], List.of(), locale));
	}

	private ResponseEntity<Object> invalid(InvalidInputException problem) {
		return ResponseEntity.badRequest().body(renderer.render(problem, LocaleContextHolder.getLocale()));
	}

	private static <T extends Throwable> T causeOf(Throwable throwable, Class<T> type) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}
}
