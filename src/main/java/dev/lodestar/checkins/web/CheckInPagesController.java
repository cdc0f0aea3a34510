package dev.lodestar.checkins.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The inline check-in: a form in the key result's row, no page reload. A recorded check-in answers with
 * {@code HX-Trigger: checked-in-<id>}, and every part of the page that shows the key result fetches itself again.
 */
@Controller
class CheckInPagesController {

	private final KeyResultManagement keyResults;

	private final CheckInManagement checkIns;

	private final IdempotentRequests idempotent;

	CheckInPagesController(KeyResultManagement keyResults, CheckInManagement checkIns, IdempotentRequests idempotent) {
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.idempotent = idempotent;
	}

	@GetMapping("/key-results/{id}/check-in")
	String showCheckInForm(Shell shell, @PathVariable long id, Model model) {
		KeyResult keyResult = keyResults.forCheckIn(shell.caller(), id);
		var latest = keyResults.findPlaced(shell.caller(), id).map(placed -> placed.view().latest()).orElse(null);
		String value = keyResult.kind() == KeyResultKind.MILESTONE || latest == null ? "" : latest.value().toPlainString();
		String confidence = latest == null ? "" : String.valueOf(latest.confidence());
		var form = new CheckInForm(value, latest != null && latest.value().signum() > 0, confidence, "", UUID.randomUUID().toString());
		model.addAttribute("page", new CheckInFormFragment(shell, keyResult, form, FormErrors.none()));
		return "checkins/check-in-form";
	}

	@PostMapping("/key-results/{id}/check-in")
	String recordCheckIn(Shell shell, @PathVariable long id, @ModelAttribute CheckInForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		KeyResult keyResult = keyResults.visible(shell.caller(), id).orElseThrow(() -> new NotFoundException("key-result", id));
		try {
			rejectNonNumbers(form);
			var command = form.toCommand();
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command, CheckIn.class,
					() -> checkIns.record(shell.caller(), id, command));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new CheckInFormFragment(shell, keyResult, form, FormErrors.of(refused, shell.t())));
			return "checkins/check-in-form";
		}
		response.setStatus(HttpStatus.NO_CONTENT.value());
		response.setHeader("HX-Trigger", "checked-in-" + id);
		return null;
	}

	/** "abc" in a number field is a refusal of its own, not a missing value. */
	private static void rejectNonNumbers(CheckInForm form) {
		var violations = new java.util.ArrayList<FieldViolation>();
		if (form.valueIsNotANumber()) {
			violations.add(new FieldViolation("value", "validation.must-be-number"));
		}
		if (form.confidenceIsNotANumber()) {
			violations.add(new FieldViolation("confidence", "validation.must-be-whole-number"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(List.copyOf(violations));
		}
	}
}
