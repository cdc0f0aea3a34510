package dev.lodestar.people.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.lodestar.people.PeopleManagement;

/**
 * Until an installation has an admin, every page leads to the first start. Once one exists it stays so
 * (admins can only be demoted while another remains), so the answer is remembered and costs nothing later.
 */
@Component
class FirstStartFilter extends OncePerRequestFilter {

	private static final List<String> ALWAYS_OPEN = List.of("/setup", "/api/", "/actuator", "/css/", "/js/", "/webjars/",
			"/favicon", "/error", "/v3/", "/swagger-ui", "/language");

	private final PeopleManagement people;

	private volatile boolean adminExists;

	FirstStartFilter(PeopleManagement people) {
		this.people = people;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return adminExists || ALWAYS_OPEN.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (people.anyAdmin()) {
			adminExists = true;
			chain.doFilter(request, response);
		}
		else {
			response.sendRedirect("/setup");
		}
	}
}
