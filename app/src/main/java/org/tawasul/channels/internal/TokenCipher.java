package org.tawasul.channels.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tawasul.platform.crypto.SealingKey;

/**
 * Encrypts the accounts' OAuth tokens at rest with AES-256-GCM: each value is a fresh 12-byte nonce followed by the
 * ciphertext and its 16-byte tag, so a changed byte or a wrong key is detected, never decrypted into garbage.
 */
@Component
class TokenCipher {

	private final SealingKey key;

	@Autowired
	TokenCipher(ChannelsProperties properties) {
		this.key = SealingKey.configured(properties.tokenKey(), properties.keyFile(), "tawasul.channels.token-key");
	}

	TokenCipher(byte[] rawKey) {
		this.key = SealingKey.of(rawKey);
	}

	byte[] encrypt(String plain) {
		return key.seal(plain.getBytes(StandardCharsets.UTF_8));
	}

	String decrypt(byte[] stored) {
		return new String(key.open(stored), StandardCharsets.UTF_8);
	}
}
