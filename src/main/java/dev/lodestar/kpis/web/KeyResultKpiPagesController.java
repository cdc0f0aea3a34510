package dev.lodestar.kpis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.kpis.KeyResultHandover;
import dev.lodestar.kpis.NewHandover;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Under each key result of an objective's page: the KPI it is maintained as, or the button that hands an achieved
 * key result over to a KPI. The fragment answers again after the hand-over, now naming the KPI.
 */
@Controller
class KeyResultKpiPagesController {

	private static final String FRAGMENT = "kpis/key-result-kpi";

	private final KeyResultHandover handover;

	private final IdempotentRequests idempotent;

	KeyResultKpiPagesController(KeyResultHandover handover, IdempotentRequests idempotent) {
		this.handover = handover;
		this.idempotent = idempotent;
	}

	@GetMapping("/key-results/{id}/kpi")
	String showKeyResultKpi(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", fragmentOf(shell, id, List.of()));
		return FRAGMENT;
	}

	@PostMapping("/key-results/{id}/kpi")
	String handOver(Shell shell, @PathVariable long id, @RequestParam(required = false) String idempotencyKey,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			idempotent.once(shell.caller(), idempotencyKey, "POST " + request.getRequestURI(), NewHandover.suggested(),
					Long.class, () -> handover.handOver(shell.caller(), id, NewHandover.suggested()).kpi().id());
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			FormErrors errors = FormErrors.of(refused, shell.t());
			List<String> notices = new ArrayList<>(errors.general());
			errors.fields().values().forEach(notices::addAll);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", fragmentOf(shell, id, notices.stream().distinct().toList()));
			return FRAGMENT;
		}
		model.addAttribute("page", fragmentOf(shell, id, List.of()));
		return FRAGMENT;
	}

	private KeyResultKpiFragment fragmentOf(Shell shell, long id, List<String> notices) {
		return new KeyResultKpiFragment(shell, handover.stateOf(shell.caller(), id), UUID.randomUUID().toString(),
				notices);
	}
}
