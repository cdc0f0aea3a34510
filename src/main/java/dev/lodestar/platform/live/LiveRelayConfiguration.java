package dev.lodestar.platform.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL carries signals between instances; H2 is one instance, so signals stay in-process there. */
@Configuration(proxyBeanMethods = false)
class LiveRelayConfiguration {

	@Bean
	LiveRelay liveRelay(LiveSubscribers subscribers, JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:}") String username,
			@Value("${spring.datasource.password:}") String password) {
		return url.startsWith("jdbc:postgresql:") ? new PostgresRelay(jdbc, subscribers, url, username, password)
				: new InProcessRelay(subscribers);
	}
}
