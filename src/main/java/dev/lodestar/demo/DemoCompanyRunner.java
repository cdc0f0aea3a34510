package dev.lodestar.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo company at start-up when {@code lodestar.demo=true}. It runs after the bootstrap admin
 * ({@code @Order(0)}), so that admin already exists and the organisation still counts as empty.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("lodestar.demo")
class DemoCompanyRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCompanyRunner.class);

	private final DemoCompany demo;

	DemoCompanyRunner(DemoCompany demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.loadIfEmpty().ifPresentOrElse(summary -> log.info(
				"Loaded the demo company in {} ms: {} people, {} teams, {} objectives, {} key results, {} check-ins, {} KPIs. "
						+ "Sign in as {} or firstname.lastname{} with the demo-only password '{}'.",
				summary.took().toMillis(), summary.people(), summary.teams(), summary.objectives(), summary.keyResults(),
				summary.checkIns(), summary.kpis(), DemoOrganisation.ADMIN_EMAIL, DemoRoster.DOMAIN, DemoOrganisation.PASSWORD),
				() -> log.info("Skipped the demo company: the database is not empty (it already has teams or cycles)."));
	}
}
