package dev.lodestar.people.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.SignInPolicyManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.security.CompanySignIn;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** The organisation's sign-in policy, for admins. */
@Controller
class SignInPolicyPagesController {

	private static final String POLICY = "people/sign-in-policy-page";

	private final SignInPolicyManagement policy;

	private final CompanySignIn company;

	SignInPolicyPagesController(SignInPolicyManagement policy, CompanySignIn company) {
		this.policy = policy;
		this.company = company;
	}

	@GetMapping("/admin/policy/sign-in")
	String showSignInPolicy(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new SignInPolicyPage(shell, SignInPolicyForm.of(policy.policy(shell.caller())), issuer(),
				FormErrors.none(), "saved".equals(done) ? "sign-in-policy.saved" : null));
		return POLICY;
	}

	@PostMapping("/admin/policy/sign-in")
	String reviseSignInPolicy(Shell shell, @ModelAttribute SignInPolicyForm form, Model model, HttpServletResponse response) {
		try {
			policy.revise(shell.caller(), form.toPolicy());
			return "redirect:/admin/policy/sign-in?done=saved";
		}
		catch (Problem refused) {
			// changed meanwhile: 409, as the API; anything else the form refused: 422
			response.setStatus(refused.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new SignInPolicyPage(shell, form, issuer(), FormErrors.of(refused, shell.t()), null));
			return POLICY;
		}
	}

	private String issuer() {
		return company.enabled() ? company.issuerUri() : null;
	}
}
