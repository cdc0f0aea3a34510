package dev.lodestar.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.lodestar.platform.errors.Problem;

/**
 * Creates the first admin from {@code LODESTAR_BOOTSTRAP_ADMIN_EMAIL} and {@code LODESTAR_BOOTSTRAP_ADMIN_PASSWORD}
 * when no admin exists yet; afterwards the settings are ignored, so they cannot reset anyone's password.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final PeopleManagement people;

	private final String email;

	private final String password;

	BootstrapAdmin(PeopleManagement people, @Value("${lodestar.bootstrap.admin-email:}") String email,
			@Value("${lodestar.bootstrap.admin-password:}") String password) {
		this.people = people;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank() || password.isBlank()) {
			return;
		}
		try {
			people.registerFirstAdmin(email.substring(0, Math.max(1, email.indexOf('@'))), email, password)
				.ifPresent(admin -> log.info("Created the first admin, {}", admin.email()));
		}
		catch (Problem refused) {
			if (!people.anyAdmin()) {
				throw new IllegalStateException("The bootstrap admin settings are not valid: " + refused.code(), refused);
			}
			log.info("Another instance created the first admin");
		}
	}
}
