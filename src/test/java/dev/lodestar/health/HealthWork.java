package dev.lodestar.health;

import org.springframework.context.ApplicationContext;

/**
 * Health is computed again in the background after a change commits: a test that reads health right after building
 * its fixture first lets that work finish, so it reads what its fixture makes rather than a moment of it.
 */
public final class HealthWork {

	private HealthWork() {
	}

	public static void settle(ApplicationContext application) {
		try {
			application.getBean(HealthUpdates.class).settle();
		}
		catch (Exception failed) {
			throw new IllegalStateException("health updates did not settle", failed);
		}
	}
}
