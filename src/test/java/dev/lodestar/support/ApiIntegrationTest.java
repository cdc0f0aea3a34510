package dev.lodestar.support;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole application on a real database (see {@link TestDatabases}), called through its API. All
 * integration tests share one context per database, so every test builds its own people, teams and cycle.
 */
@SpringBootTest(properties = { "lodestar.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
		"lodestar.bootstrap.admin-password=" + Api.ADMIN_PASSWORD, "lodestar.security.bcrypt-strength=4" })
@AutoConfigureMockMvc
@Import(StatementCounter.class)
public abstract class ApiIntegrationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.register(registry);
		TestMail.register(registry);
		TestOpenIdProvider.register(registry);
	}

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected StatementCounter statements;

	protected Api api;

	@BeforeEach
	void connectApi() {
		api = new Api(mvc, json);
	}
}
