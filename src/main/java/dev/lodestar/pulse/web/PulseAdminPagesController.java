package dev.lodestar.pulse.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.FormNumbers;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.pulse.NewPulse;
import dev.lodestar.pulse.Pulse;
import dev.lodestar.pulse.PulseManagement;

/** Admins open a cycle's pulse and close it. */
@Controller
class PulseAdminPagesController {

	private static final String PAGE = "pulse/admin-pulses-page";

	/** How many of the newest cycles the form offers. */
	private static final int CYCLES_OFFERED = 50;

	private final PulseManagement pulses;

	private final CycleManagement cycles;

	private final IdempotentRequests idempotent;

	PulseAdminPagesController(PulseManagement pulses, CycleManagement cycles, IdempotentRequests idempotent) {
		this.pulses = pulses;
		this.cycles = cycles;
		this.idempotent = idempotent;
	}

	@GetMapping("/admin/pulses")
	String showPulses(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", page(shell, "", FormErrors.none(), done == null ? null : "pulse.admin." + done));
		return PAGE;
	}

	@PostMapping("/admin/pulses")
	String openPulse(Shell shell, @RequestParam(required = false) String cycleId,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			Integer cycle = FormNumbers.whole(cycleId);
			NewPulse command = new NewPulse(cycle == null ? null : cycle.longValue());
			idempotent.once(shell.caller(), idempotencyKey, "POST " + request.getRequestURI(), command, Pulse.class,
					() -> pulses.open(shell.caller(), command));
			return "redirect:/admin/pulses?done=opened";
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, cycleId, FormErrors.of(refused, shell.t()), null));
			return PAGE;
		}
	}

	@PostMapping("/admin/pulses/{id}/close")
	String closePulse(Shell shell, @PathVariable long id) {
		pulses.close(shell.caller(), id);
		return "redirect:/admin/pulses?done=closed";
	}

	private PulseAdminPage page(Shell shell, String cycleId, FormErrors errors, String notice) {
		List<Pulse> all = pulses.list();
		Set<Long> withPulse = all.stream().map(Pulse::cycleId).collect(Collectors.toSet());
		var offered = cycles.list(null, PageQuery.of(0, CYCLES_OFFERED))
			.items()
			.stream()
			.filter(cycle -> !withPulse.contains(cycle.id()))
			.toList();
		return new PulseAdminPage(shell, all, offered, cycleId == null ? "" : cycleId, UUID.randomUUID().toString(), errors,
				notice);
	}
}
