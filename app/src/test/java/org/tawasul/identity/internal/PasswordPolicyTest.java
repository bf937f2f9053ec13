package org.tawasul.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = PasswordPolicy.standard();

	@Test
	void acceptsALongPassphrase() {
		assertThat(policy.check("amina", "قهوة الصباح في الرباط 7")).isEmpty();
		assertThat(policy.check("amina", "correct horse battery staple")).isEmpty();
	}

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(policy.check("amina", "Sh0rt!pass")).hasValue("identity.password.too-short");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(policy.check("amina", "Password1234")).hasValue("identity.password.common");
		assertThat(policy.check("amina", "QWERTY123456")).hasValue("identity.password.common");
	}

	@Test
	void refusesRepeatedCharacters() {
		assertThat(policy.check("amina", "zzzzzzzzzzzzzzzz")).hasValue("identity.password.common");
	}

	@Test
	void refusesThePasswordContainingTheUsername() {
		assertThat(policy.check("amina.b", "my name is amina.b ok")).hasValue("identity.password.contains-username");
	}

	@Test
	void refusesAbsurdlyLongPasswords() {
		assertThat(policy.check("amina", "x1y2z3".repeat(30))).hasValue("identity.password.too-long");
	}
}
