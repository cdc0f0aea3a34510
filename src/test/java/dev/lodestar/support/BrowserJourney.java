package dev.lodestar.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A journey through the real pages in headless Chromium, against the application on a random port. Without
 * Chromium the journeys are skipped with a message; on CI ({@code CI=true}) a missing browser fails them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney extends HttpIntegrationTest {

	protected Browser browser;

	@BeforeAll
	void openBrowser() {
		if (!Browser.installed()) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI needs Chromium for the browser journeys: apt-get install chromium chromium-driver");
			}
			Assumptions.abort("No Chromium at /usr/bin/chromium and /usr/bin/chromedriver: browser journeys skipped");
		}
		browser = Browser.open(port);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}
}
