package dev.lodestar.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation's sign-in policy: one row. */
@Repository
class SignInPolicyRepository {

	private final JdbcClient jdbc;

	SignInPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SignInPolicy policy() {
		return jdbc.sql("select create_on_first_sign_in, version from sign_in_policy where id = 1")
			.query((rs, row) -> new SignInPolicy(rs.getBoolean("create_on_first_sign_in"), rs.getInt("version")))
			.single();
	}

	/** @return false when the version is no longer the stored one */
	boolean update(boolean createOnFirstSignIn, int expectedVersion) {
		return jdbc.sql("update sign_in_policy set create_on_first_sign_in = ?, version = version + 1 where id = 1 and version = ?")
			.params(createOnFirstSignIn, expectedVersion)
			.update() == 1;
	}
}
