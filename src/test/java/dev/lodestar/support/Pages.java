package dev.lodestar.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;

import dev.lodestar.platform.security.Caller;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Opens the web pages as a signed-in person, through MockMvc: the session is simulated, everything behind it
 * (the caller loaded from the database on every request, CSRF, the templates) is real.
 */
public final class Pages {

	private final MockMvcTester mvc;

	public Pages(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult get(String uri, Api.Session as, String... headers) {
		var request = mvc.get().uri(uri).with(signedIn(as));
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	public MvcTestResult post(String uri, Api.Session as, Map<String, String> form, String... headers) {
		var fields = new LinkedMultiValueMap<String, String>();
		form.forEach(fields::add);
		var request = mvc.post().uri(uri).with(signedIn(as)).with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).params(fields);
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	/** A form with fields sent more than once, e.g. the ids of a team's members. */
	public MvcTestResult postAll(String uri, Api.Session as, org.springframework.util.MultiValueMap<String, String> form,
			String... headers) {
		var request = mvc.post().uri(uri).with(signedIn(as)).with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).params(form);
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	/** A multipart form with one file, as a browser sends an upload. */
	public MvcTestResult upload(String uri, Api.Session as, String field, String fileName, byte[] content,
			Map<String, String> form, String... headers) {
		var request = mvc.post().uri(uri).multipart()
			.file(new org.springframework.mock.web.MockMultipartFile(field, fileName, "text/csv", content))
			.with(signedIn(as)).with(csrf());
		for (var entry : form.entrySet()) {
			request = request.param(entry.getKey(), entry.getValue());
		}
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	public static Document html(MvcTestResult result) {
		return Jsoup.parse(Api.body(result));
	}

	/** The session knows only who signed in; the application loads the rest from the database on each request. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(Api.Session as) {
		if (as == null) {
			return request -> request;
		}
		var caller = new Caller(as.personId(), "", false, Locale.ENGLISH, Set.of());
		return authentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.<SimpleGrantedAuthority>of()));
	}
}
