package dev.lodestar.people;

import java.util.List;

import org.springframework.http.HttpStatus;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.Problem;

/** An import file has bad rows; every one is listed, and nothing was saved. */
public class ImportRefusedException extends Problem {

	private final transient List<ImportError> errors;

	public ImportRefusedException(List<ImportError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "import-refused", "problem.import-refused.detail",
				errors.stream().map(error -> new FieldViolation(error.field(), error.messageKey(), error.args())).toList(),
				errors.size());
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return errors;
	}
}
