package org.tawasul.channels.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCipherTest {

	private final TokenCipher cipher = new TokenCipher(new byte[32]);

	@Test
	void aTokenComesBackAsItWent() {
		byte[] sealed = cipher.encrypt("EAAB-page-token-سر");
		assertThat(cipher.decrypt(sealed)).isEqualTo("EAAB-page-token-سر");
	}

	@Test
	void theStoredBytesDoNotContainTheTokenAndDifferEachTime() {
		byte[] first = cipher.encrypt("secret-token");
		byte[] second = cipher.encrypt("secret-token");
		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("secret-token");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void aChangedByteIsDetected() {
		byte[] sealed = cipher.encrypt("secret-token");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anotherKeyCannotDecrypt() {
		byte[] other = new byte[32];
		Arrays.fill(other, (byte) 7);
		byte[] sealed = cipher.encrypt("secret-token");
		assertThatThrownBy(() -> new TokenCipher(other).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}
}
