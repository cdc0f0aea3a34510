package dev.lodestar.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The application on a real port, for what only a real HTTP exchange shows: chunked bodies, many clients at
 * once. Fixtures are still built through {@link Api}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lodestar.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
				"lodestar.bootstrap.admin-password=" + Api.ADMIN_PASSWORD, "lodestar.security.bcrypt-strength=4" })
@AutoConfigureMockMvc
public abstract class HttpIntegrationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.register(registry);
		TestMail.register(registry);
		TestOpenIdProvider.register(registry);
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JsonMapper json;

	protected Api api;

	protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void connectApi() {
		api = new Api(mvc, json);
	}

	protected HttpRequest.Builder request(String path, Api.Session as) {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return as == null ? builder : builder.header("Authorization", "Bearer " + as.token());
	}

	protected HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException("The request did not complete", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
