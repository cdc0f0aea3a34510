package dev.lodestar.support;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

/** An integration test of the web pages: {@link Api} builds what the page shows, {@link Pages} opens it. */
public abstract class PageIntegrationTest extends ApiIntegrationTest {

	protected Pages pages;

	@BeforeEach
	void connectPages() {
		pages = new Pages(mvc);
	}

	/** Switches a person's language through the API, as they would on any page. */
	protected void speaksChinese(Api.Session person) {
		var me = api.get("/api/v1/people/me", person);
		api.put("/api/v1/people/" + person.personId(), person, Map.of("name", Api.read(me, "$.name"), "email",
				Api.read(me, "$.email"), "locale", "zh-CN", "admin", Api.read(me, "$.admin"), "active", true, "version",
				Api.read(me, "$.version")));
	}
}
