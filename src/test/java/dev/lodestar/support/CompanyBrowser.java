package dev.lodestar.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import openidprovider.OpenIdProviderConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser for company sign-in, without a browser: an HTTP client that keeps cookies per host and follows
 * each redirect itself, so every step between Lodestar and the OpenID provider is a real request, and a test can
 * tell where it ended.
 */
public final class CompanyBrowser {

	private static final int MOST_REDIRECTS = 10;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String lodestar;

	private final String issuer;

	private String language = "en";

	private URI location;

	public CompanyBrowser(int port, String issuer) {
		this.lodestar = "http://localhost:" + port;
		this.issuer = issuer;
	}

	/** Asks for pages in this language, as a browser set to it would. */
	public CompanyBrowser speaking(String tag) {
		this.language = tag;
		return this;
	}

	/** Opens a page of Lodestar's, following redirects to wherever they lead. */
	public Document open(String path) {
		return follow(send(get(URI.create(lodestar + path))));
	}

	/** The status of a page of Lodestar's, without following a redirect. */
	public int status(String path) {
		return send(get(URI.create(lodestar + path))).statusCode();
	}

	/** Where the last page came from. */
	public String location() {
		return location.toString();
	}

	/**
	 * Clicks company sign-in on Lodestar's sign-in page, signs in at the provider with this username, and follows the
	 * provider's answer back into Lodestar: the page where that ends.
	 */
	public Document signInAtTheCompany(String username) {
		String start = open("/sign-in").select("a#company-sign-in").attr("href");
		assertThat(start).as("the sign-in page offers company sign-in").isNotEmpty();
		Document providerSignIn = open(start);
		assertThat(location()).as("sent to the provider to sign in").startsWith(issuer + "/login");
		var fields = new LinkedHashMap<String, String>();
		fields.put("username", username);
		fields.put("password", OpenIdProviderConfiguration.PASSWORD);
		fields.put("_csrf", providerSignIn.select("input[name=_csrf]").val());
		return follow(send(post(URI.create(issuer + "/login"), fields)));
	}

	/** Signs in with Lodestar's own form. */
	public Document signInWithPassword(String email, String password) {
		Document signIn = open("/sign-in");
		var fields = new LinkedHashMap<String, String>();
		fields.put("email", email);
		fields.put("password", password);
		fields.put("_csrf", signIn.select("form[action=/sign-in] input[name=_csrf]").val());
		return follow(send(post(URI.create(lodestar + "/sign-in"), fields)));
	}

	/** The id of the person a page of Lodestar's is shown to, from its "me" link; fails when nobody is signed in. */
	public long signedInAs(Document page) {
		String me = page.select("nav.top-nav a[href~=^/people/[0-9]+$]").attr("href");
		assertThat(me).as("signed in, on " + location()).isNotEmpty();
		return Long.parseLong(me.substring("/people/".length()));
	}

	private Document follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hop = 0; hop < MOST_REDIRECTS && current.statusCode() / 100 == 3; hop++) {
			String next = current.headers().firstValue("Location").orElseThrow();
			current = send(get(current.uri().resolve(next)));
		}
		assertThat(current.statusCode()).as("the page at " + current.uri()).isEqualTo(200);
		return Jsoup.parse(current.body(), current.uri().toString());
	}

	private HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).header("Accept", "text/html").header("Accept-Language", language).GET().build();
	}

	private HttpRequest post(URI uri, Map<String, String> fields) {
		String form = fields.entrySet().stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri).header("Accept", "text/html").header("Accept-Language", language)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			location = response.uri();
			return response;
		}
		catch (IOException e) {
			throw new IllegalStateException("The request to " + request.uri() + " did not complete", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
