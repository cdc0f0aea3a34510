package dev.lodestar.people;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import dev.lodestar.support.Api;
import dev.lodestar.support.CompanyBrowser;
import dev.lodestar.support.HttpIntegrationTest;
import dev.lodestar.support.TestOpenIdProvider;
import openidprovider.ProviderPeople.Account;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Company sign-in through the whole OpenID Connect exchange: Lodestar's sign-in page, a redirect to the test provider,
 * signing in there, the code sent back and exchanged, the ID token checked, the person matched by e-mail.
 */
class CompanySignInIntegrationTests extends HttpIntegrationTest {

	private static final String POLICY = "/api/v1/policy/sign-in";

	@Autowired
	private MessageSource messages;

	private CompanyBrowser browser;

	@BeforeEach
	void aBrowser() {
		TestOpenIdProvider.acceptRedirectsTo(port);
		browser = new CompanyBrowser(port, TestOpenIdProvider.issuer());
	}

	@Test
	void offersCompanySignInBesideThePasswordForm() {
		Document page = browser.open("/sign-in");
		assertThat(page.select("a#company-sign-in").attr("href")).isEqualTo("/oauth2/authorization/company");
		assertThat(page.select("a#company-sign-in").text()).isEqualTo("Sign in with " + TestOpenIdProvider.NAME);
		assertThat(page.select("form[action=/sign-in] input[name=password]")).hasSize(1);
	}

	@Test
	void signsInTheKnownPersonWithThatEmailWhateverItsCaseAsAPasswordSignInWould() {
		var ada = api.newPerson("Ada", true);
		String email = Api.<String>read(api.get("/api/v1/people/me", ada), "$.email");
		TestOpenIdProvider.account(new Account(email.toUpperCase(Locale.ROOT), "Ada at the company", null, true));

		Document home = browser.signInAtTheCompany(email.toUpperCase(Locale.ROOT));

		assertThat(browser.signedInAs(home)).isEqualTo(ada.personId());
		assertThat(browser.status("/admin/policy/sign-in")).as("an admin's right comes with the person").isEqualTo(200);
		assertThat(Api.<String>read(api.get("/api/v1/people/" + ada.personId(), api.admin()), "$.name")).isEqualTo("Ada");
	}

	@Test
	void bringsThePersonBackToThePageTheyAskedFor() {
		var grace = api.newPerson("Grace", true);
		String email = Api.read(api.get("/api/v1/people/me", grace), "$.email");
		TestOpenIdProvider.account(new Account(email, "Grace", null, true));

		assertThat(browser.status("/admin/policy/sign-in")).as("redirected to sign in").isEqualTo(302);
		Document asked = browser.signInAtTheCompany(email);

		assertThat(URI.create(browser.location()).getPath()).isEqualTo("/admin/policy/sign-in");
		assertThat(asked.select("#sign-in-policy-form")).hasSize(1);
	}

	@Test
	void createsAnUnknownPersonOnTheirFirstSignInWhenTheAdminsAllowIt() {
		String email = Api.unique("new-hire") + "@company.test";
		TestOpenIdProvider.account(new Account(email, "Lin Wei", "zh-CN", true));
		allowCreation(true);
		try {
			Document home = browser.signInAtTheCompany(email);

			long personId = browser.signedInAs(home);
			var person = api.get("/api/v1/people/" + personId, api.admin());
			assertThat(Api.<String>read(person, "$.email")).isEqualTo(email.toLowerCase(Locale.ROOT));
			assertThat(Api.<String>read(person, "$.name")).isEqualTo("Lin Wei");
			assertThat(Api.<String>read(person, "$.locale")).isEqualTo("zh-CN");
			assertThat(Api.<Boolean>read(person, "$.admin")).isFalse();

			var again = new CompanyBrowser(port, TestOpenIdProvider.issuer());
			assertThat(again.signedInAs(again.signInAtTheCompany(email))).as("the same person the next time").isEqualTo(personId);
		}
		finally {
			allowCreation(false);
		}
	}

	@Test
	void refusesAnUnknownPersonWhenCreationIsOffWithTheReasonInTheirLanguage() {
		allowCreation(false);
		String email = Api.unique("stranger") + "@company.test";
		TestOpenIdProvider.account(new Account(email, "Stranger", null, true));

		Document refused = browser.signInAtTheCompany(email);

		assertThat(browser.location()).endsWith("/sign-in?company=unknown-person");
		assertThat(refused.select("#company-sign-in-refusal").text())
			.isEqualTo(message("sign-in.company.unknown-person", Locale.ENGLISH))
			.startsWith("Your company account has no person in Lodestar yet");
		assertThat(browser.status("/")).as("not signed in").isEqualTo(302);
		assertThat(Api.<List<Object>>read(api.get("/api/v1/people?q=" + email, api.admin()), "$.items")).isEmpty();

		var chinese = new CompanyBrowser(port, TestOpenIdProvider.issuer()).speaking("zh-CN");
		assertThat(chinese.signInAtTheCompany(email).select("#company-sign-in-refusal").text())
			.isEqualTo(message("sign-in.company.unknown-person", Locale.SIMPLIFIED_CHINESE))
			.contains("还没有对应的人员");
	}

	@Test
	void refusesADeactivatedPersonEvenWhenCreationIsOn() {
		var gone = api.newPerson("Gone");
		var me = api.get("/api/v1/people/me", gone);
		String email = Api.read(me, "$.email");
		assertThat(api.put("/api/v1/people/" + gone.personId(), api.admin(), Map.of("name", "Gone", "email", email, "locale", "en",
				"admin", false, "active", false, "version", Api.<Integer>read(me, "$.version")))).hasStatusOk();
		TestOpenIdProvider.account(new Account(email, "Gone", null, true));
		allowCreation(true);
		try {
			Document refused = browser.signInAtTheCompany(email);

			assertThat(browser.location()).endsWith("/sign-in?company=deactivated");
			assertThat(refused.select("#company-sign-in-refusal").text()).isEqualTo(message("sign-in.company.deactivated", Locale.ENGLISH));
			assertThat(browser.status("/")).isEqualTo(302);
		}
		finally {
			allowCreation(false);
		}
	}

	@Test
	void refusesAnAddressTheProviderCallsUnverified() {
		var known = api.newPerson("Known");
		String email = Api.read(api.get("/api/v1/people/me", known), "$.email");
		TestOpenIdProvider.account(new Account(email, "Known", null, false));

		Document refused = browser.signInAtTheCompany(email);

		assertThat(browser.location()).endsWith("/sign-in?company=no-email");
		assertThat(refused.select("#company-sign-in-refusal").text()).isEqualTo(message("sign-in.company.no-email", Locale.ENGLISH));
		assertThat(browser.status("/")).isEqualTo(302);
	}

	@Test
	void refusesAnAdminWhoseAddressTheProviderDoesNotSayIsVerified() {
		var admin = api.newPerson("Unvouched", true);
		String email = Api.read(api.get("/api/v1/people/me", admin), "$.email");
		TestOpenIdProvider.account(new Account(email, "Unvouched", null, null));

		Document refused = browser.signInAtTheCompany(email);

		assertThat(browser.location()).endsWith("/sign-in?company=no-email");
		assertThat(refused.select("#company-sign-in-refusal").text()).isEqualTo(message("sign-in.company.no-email", Locale.ENGLISH));
		assertThat(browser.status("/admin/policy/sign-in")).isEqualTo(302);
	}

	@Test
	void keepsPasswordSignInWorking() {
		var local = api.newPerson("Local");
		String email = Api.read(api.get("/api/v1/people/me", local), "$.email");

		Document home = browser.signInWithPassword(email, "password-1");

		assertThat(browser.signedInAs(home)).isEqualTo(local.personId());
	}

	private void allowCreation(boolean allowed) {
		int version = Api.read(api.get(POLICY, api.admin()), "$.version");
		assertThat(api.put(POLICY, api.admin(), Map.of("createOnFirstSignIn", allowed, "version", version))).hasStatusOk();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
