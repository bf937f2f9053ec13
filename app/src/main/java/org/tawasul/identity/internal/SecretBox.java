package org.tawasul.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets (TOTP secrets) for storage: AES-256-GCM, a fresh 96-bit nonce per value, the nonce stored
 * in front of the ciphertext. The key never lives in the database or the repository: it comes from
 * {@code tawasul.identity.secret-key}, or in development from a file generated once under {@code ./data/keys/}.
 */
@Component
class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	@org.springframework.beans.factory.annotation.Autowired
	SecretBox(IdentityProperties properties) {
		this(loadKey(properties));
	}

	SecretBox(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("tawasul.identity.secret-key must be 32 bytes (base64 of 256 bits)");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	byte[] seal(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	byte[] open(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a stored secret cannot be decrypted: wrong tawasul.identity.secret-key?",
					ex);
		}
	}

	private static byte[] loadKey(IdentityProperties properties) {
		String configured = properties.secretKey();
		if (configured != null && !configured.isBlank()) {
			return Base64.getDecoder().decode(configured.strip());
		}
		Path file = Path.of(properties.keyDirectory()).toAbsolutePath().normalize().resolve("identity-secret.key");
		try {
			if (Files.exists(file)) {
				log.warn("No tawasul.identity.secret-key is set: using the development key at {} (never in "
						+ "production: set TAWASUL_IDENTITY_SECRETKEY from your secret store).", file);
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] key = new byte[32];
			RANDOM.nextBytes(key);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.debug("no POSIX permissions on this file system for {}", file);
			}
			log.warn("No tawasul.identity.secret-key is set: generated a development key at {}. In production set "
					+ "TAWASUL_IDENTITY_SECRETKEY from your secret store; losing the key means every member "
					+ "re-enrols their authenticator.", file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the identity key at " + file, ex);
		}
	}
}
