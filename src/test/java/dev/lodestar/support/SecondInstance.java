package dev.lodestar.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dev.lodestar.LodestarApplication;

/**
 * A second instance of Lodestar on the test's database, as behind a load balancer: its own context, web server
 * and live relay. The caller closes it.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	public static ConfigurableApplicationContext start(Environment first) {
		// Arguments, not default properties: these must win over application.yml, as they would in production.
		return new SpringApplicationBuilder(LodestarApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + first.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + first.getProperty("spring.datasource.username", ""),
				"--spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
				"--lodestar.security.bcrypt-strength=4", "--spring.jmx.enabled=false");
	}

	public static int portOf(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}
}
