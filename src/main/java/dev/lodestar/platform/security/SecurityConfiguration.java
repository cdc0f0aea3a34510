package dev.lodestar.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import dev.lodestar.platform.errors.ProblemResponses;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The page that signs people in; a module's web controller serves it. */
	static final String SIGN_IN = "/sign-in";

	/** Paths an OKR or an APPRAISAL token may call: its owner's tokens, and KPIs (which carry no OKR score). */
	private static final String[] OKR_OR_APPRAISAL = { "/api/v1/tokens/**", "/api/v1/kpis/**" };

	/** Where check-ins are posted: the one path a CHECKINS_WRITE token may call, and only to post. */
	private static final String CHECK_INS = "/api/v1/key-results/*/check-ins";

	/**
	 * The KPI paths that read or write objectives and key results (relations, recovery drafts, handing a key result
	 * over): OKR data, so an OKR token's, even though they sit under the KPIs.
	 */
	private static final String[] KPI_PATHS_INTO_OKRS = { "/api/v1/kpis/*/objectives", "/api/v1/kpis/*/objectives/**",
			"/api/v1/kpis/*/recovery-objective", "/api/v1/kpis/related-to-objective/**", "/api/v1/kpis/from-key-result/**" };

	/**
	 * The API: stateless, personal-access tokens only. CSRF protection is off here because no cookie
	 * authenticates these calls, so a forged cross-site request carries no credentials.
	 * <p>
	 * Every token has a scope, and no scope reaches both OKR scores and appraisal: once scores can be fetched by
	 * whatever computes appraisals, they end up in appraisals, people set objectives they are sure to meet, and
	 * the method dies. So an APPRAISAL token may call only KPIs, appraisal and its owner's tokens; everything else
	 * (every score endpoint above all) is denied by default, so an endpoint added later is closed to it too. An
	 * OKR token may call everything but appraisal. A CHECKINS_WRITE token, held by another system, may only post
	 * check-ins: not even list its owner's tokens, so a leaked one reveals nothing.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, CallerDirectory callers, ProblemResponses problems) throws Exception {
		return http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasAllAuthorities("ROLE_ADMIN", TokenScope.OKR.authority())
				.requestMatchers(KPI_PATHS_INTO_OKRS).hasAuthority(TokenScope.OKR.authority())
				.requestMatchers(OKR_OR_APPRAISAL).hasAnyAuthority(TokenScope.OKR.authority(), TokenScope.APPRAISAL.authority())
				.requestMatchers(HttpMethod.POST, CHECK_INS)
				.hasAnyAuthority(TokenScope.OKR.authority(), TokenScope.CHECKINS_WRITE.authority())
				.requestMatchers("/api/v1/appraisal/**").hasAuthority(TokenScope.APPRAISAL.authority())
				.anyRequest().hasAuthority(TokenScope.OKR.authority()))
			.addFilterBefore(new BearerTokenFilter(callers), AnonymousAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
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

	/**
	 * The web pages: a session after signing in with e-mail and password, or through the company's OpenID provider
	 * when one is configured, and CSRF protection on every form and every htmx request (the pages send the token in a
	 * header). Admin pages need the admin right.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http, CallerDirectory callers, CompanySignIn company) throws Exception {
		var requestCache = pagesOnly();
		var contexts = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
		http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(SIGN_IN, "/setup", "/setup/**", "/language", "/error", "/css/**", "/js/**", "/webjars/**",
						"/favicon.svg", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			// a provider, not a whole manager: company sign-in adds its own beside it
			.authenticationProvider(new PasswordSignIn(callers))
			.addFilterAfter(new SessionCallerFilter(callers), SecurityContextHolderFilter.class)
			.formLogin(form -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/", false)
				.failureUrl(SIGN_IN + "?failed=1"))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out=1"))
			.requestCache(cache -> cache.requestCache(requestCache));
		if (company.enabled()) {
			companySignIn(http, callers, company, contexts, requestCache);
		}
		return http.build();
	}

	/**
	 * OpenID Connect sign-in through the company's provider ({@code /oauth2/authorization/company}, back at
	 * {@code /login/oauth2/code/company}), added only when {@code lodestar.oidc.issuer-uri} is set. Both ends of the
	 * exchange answer every failure with the sign-in page and its reason, never with an error page.
	 */
	private static void companySignIn(HttpSecurity http, CallerDirectory callers, CompanySignIn company,
			SecurityContextRepository contexts, HttpSessionRequestCache requestCache) throws Exception {
		var failure = new CompanySignInFailure();
		http.oauth2Login(login -> login.loginPage(SIGN_IN)
			.clientRegistrationRepository(new CompanyRegistrations(company))
			.authorizedClientRepository(new ForgottenProviderTokens())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new CompanyUserService(callers, company.trustsUnverifiedEmail())))
			.successHandler(new CompanySignInSuccess(contexts, requestCache))
			.failureHandler(failure)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O redirect) {
					redirect.setAuthenticationFailureHandler(failure);
					return redirect;
				}
			}));
	}

	/**
	 * After signing in, a person returns to the page they asked for, never to a fragment: a page part that loads
	 * itself with htmx (on the home page, for instance) while the session is gone must not become where they land.
	 */
	private static HttpSessionRequestCache pagesOnly() {
		var cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()) && request.getHeader("HX-Request") == null
				&& !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
		return cache;
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${lodestar.security.bcrypt-strength}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}
}
