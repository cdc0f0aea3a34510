package dev.lodestar.notifications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.notifications.NotificationSettingsManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Everyone's own notification settings, and the organisation's policy for admins. */
@Controller
class NotificationSettingsPagesController {

	private static final String SETTINGS = "notifications/notification-settings-page";

	private static final String POLICY = "notifications/notification-policy-page";

	private final NotificationSettingsManagement settings;

	NotificationSettingsPagesController(NotificationSettingsManagement settings) {
		this.settings = settings;
	}

	@GetMapping("/settings/notifications")
	String showNotificationSettings(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new NotificationSettingsPage(shell, NotificationSettingsForm.of(settings.settingsOf(shell.caller())),
				settings.policy().timeZone(), FormErrors.none(), "saved".equals(done) ? "notifications.settings.saved" : null));
		return SETTINGS;
	}

	@PostMapping("/settings/notifications")
	String reviseNotificationSettings(Shell shell, @ModelAttribute NotificationSettingsForm form, Model model,
			HttpServletResponse response) {
		try {
			settings.revise(shell.caller(), form.toSettings());
			return "redirect:/settings/notifications?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new NotificationSettingsPage(shell, form, settings.policy().timeZone(),
					FormErrors.of(refused, shell.t()), null));
			return SETTINGS;
		}
	}

	@GetMapping("/admin/policy/notifications")
	String showNotificationPolicy(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new NotificationPolicyPage(shell, NotificationPolicyForm.of(settings.policy()),
				FormErrors.none(), "saved".equals(done) ? "notifications.policy.saved" : null));
		return POLICY;
	}

	@PostMapping("/admin/policy/notifications")
	String reviseNotificationPolicy(Shell shell, @ModelAttribute NotificationPolicyForm form, Model model,
			HttpServletResponse response) {
		try {
			settings.revisePolicy(shell.caller(), form.toPolicy());
			return "redirect:/admin/policy/notifications?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new NotificationPolicyPage(shell, form, FormErrors.of(refused, shell.t()), null));
			return POLICY;
		}
	}
}
