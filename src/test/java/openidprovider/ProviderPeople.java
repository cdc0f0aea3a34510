package openidprovider;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people the test provider knows, and where it may send them back to: the tests add both as they go (one
 * provider serves the whole test run, and each test makes its own people).
 */
public final class ProviderPeople {

	/** Someone with an account at the company's provider; {@code emailVerified} {@code null}: the claim is left out. */
	public record Account(String email, String name, String locale, Boolean emailVerified) {
	}

	private static final Map<String, Account> ACCOUNTS = new ConcurrentHashMap<>();

	private static final Set<String> REDIRECT_URIS = ConcurrentHashMap.newKeySet();

	private ProviderPeople() {
	}

	/** Gives the provider an account; its username is the e-mail address. */
	public static void add(Account account) {
		ACCOUNTS.put(account.email(), account);
	}

	public static void acceptRedirectsTo(String uri) {
		REDIRECT_URIS.add(uri);
	}

	static Optional<Account> find(String username) {
		return Optional.ofNullable(ACCOUNTS.get(username));
	}

	static Set<String> redirectUris() {
		return Set.copyOf(REDIRECT_URIS);
	}
}
