package org.tawasul.identity.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tawasul.platform.crypto.SealingKey;

/**
 * Seals second-factor (TOTP) secrets for storage with the identity key ({@code tawasul.identity.secret-key}, or in
 * development a key generated once under {@code ./data/keys/}). Losing the key means every member re-enrols their
 * authenticator.
 */
@Component
class SecretBox {

	private final SealingKey key;

	@Autowired
	SecretBox(IdentityProperties properties) {
		this(SealingKey.configured(properties.secretKey(),
				Path.of(properties.keyDirectory()).resolve("identity-secret.key"), "tawasul.identity.secret-key"));
	}

	SecretBox(byte[] key) {
		this(SealingKey.of(key));
	}

	private SecretBox(SealingKey key) {
		this.key = key;
	}

	byte[] seal(byte[] plain) {
		return key.seal(plain);
	}

	byte[] open(byte[] stored) {
		return key.open(stored);
	}
}
