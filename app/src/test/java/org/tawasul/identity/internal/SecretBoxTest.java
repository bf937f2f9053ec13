package org.tawasul.identity.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

	private final SecretBox box = new SecretBox(new byte[32]);

	@Test
	void sealsAndOpens() {
		byte[] secret = "totp secret".getBytes(StandardCharsets.UTF_8);
		assertThat(box.open(box.seal(secret))).isEqualTo(secret);
	}

	@Test
	void sealingTwiceGivesDifferentCiphertexts() {
		byte[] secret = "totp secret".getBytes(StandardCharsets.UTF_8);
		assertThat(box.seal(secret)).isNotEqualTo(box.seal(secret));
	}

	@Test
	void refusesATamperedValue() {
		byte[] sealed = box.seal("totp secret".getBytes(StandardCharsets.UTF_8));
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> box.open(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAnotherKey() {
		byte[] sealed = box.seal("totp secret".getBytes(StandardCharsets.UTF_8));
		byte[] other = new byte[32];
		other[0] = 1;
		assertThatThrownBy(() -> new SecretBox(other).open(sealed)).isInstanceOf(IllegalStateException.class);
	}
}
