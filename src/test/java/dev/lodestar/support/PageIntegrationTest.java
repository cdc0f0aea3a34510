package dev.lodestar.support;

import org.junit.jupiter.api.BeforeEach;

/** An integration test of the web pages: {@link Api} builds what the page shows, {@link Pages} opens it. */
public abstract class PageIntegrationTest extends ApiIntegrationTest {

	protected Pages pages;

	@BeforeEach
	void connectPages() {
		pages = new Pages(mvc);
	}

	protected void speaksChinese(Api.Session person) {
		api.speaksChinese(person);
	}
}
