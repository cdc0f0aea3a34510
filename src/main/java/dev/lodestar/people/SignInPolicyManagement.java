package dev.lodestar.people;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/** The organisation's sign-in policy, which admins read and change; a change made from a stale read is refused. */
@Service
public class SignInPolicyManagement {

	private final SignInPolicyRepository repository;

	private final InputValidator validator;

	SignInPolicyManagement(SignInPolicyRepository repository, InputValidator validator) {
		this.repository = repository;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public SignInPolicy policy(Caller actor) {
		actor.requireAdmin();
		return repository.policy();
	}

	@Transactional
	public SignInPolicy revise(Caller actor, SignInPolicy revision) {
		actor.requireAdmin();
		validator.check(revision);
		if (!repository.update(revision.createOnFirstSignIn(), revision.version())) {
			throw new StaleVersionException("sign-in-policy", 1);
		}
		return repository.policy();
	}
}
