package dev.lodestar.platform;

import java.time.Clock;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@OpenAPIDefinition(
		info = @Info(title = "Lodestar API", version = "v1",
				description = "OKRs and check-ins. Every call but POST /api/v1/tokens needs 'Authorization: Bearer <token>'. "
						+ "Errors are application/problem+json; messages follow Accept-Language (en, zh-CN)."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
