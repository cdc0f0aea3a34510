package dev.lodestar.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import dev.lodestar.platform.errors.ProblemResponses;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The API: stateless, personal-access tokens only. CSRF protection is off here because no cookie
	 * authenticates these calls, so a forged cross-site request carries no credentials.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, TokenVerifier tokens, ProblemResponses problems) throws Exception {
		return http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, exception) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
							"problem.unauthenticated.detail");
				})
				.accessDeniedHandler((request, response, exception) -> problems.write(request, response,
						HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.detail")))
			.build();
	}

	/** Everything that is not the API: the API's documentation is public, the rest is not served yet. */
	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/error", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.anyRequest().denyAll())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${lodestar.security.bcrypt-strength}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}
}
