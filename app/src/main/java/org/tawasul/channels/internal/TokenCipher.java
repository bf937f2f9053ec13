package org.tawasul.channels.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts the accounts' OAuth tokens at rest with AES-256-GCM: each value is a fresh 12-byte nonce followed by the
 * ciphertext and its 16-byte tag, so a changed byte or a wrong key is detected, never decrypted into garbage.
 */
@Component
class TokenCipher {

	private static final Logger log = LoggerFactory.getLogger(TokenCipher.class);

	private static final int NONCE_BYTES = 12;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	TokenCipher(ChannelsProperties properties) {
		this.key = resolveKey(properties);
	}

	TokenCipher(byte[] rawKey) {
		this.key = new SecretKeySpec(rawKey.clone(), "AES");
	}

	byte[] encrypt(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a channel token", ex);
		}
	}

	String decrypt(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
			return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("a channel token does not decrypt with the configured key", ex);
		}
	}

	private static SecretKey resolveKey(ChannelsProperties properties) {
		String configured = properties.tokenKey();
		if (configured != null && !configured.isBlank()) {
			byte[] raw = Base64.getDecoder().decode(configured.trim());
			if (raw.length != 32) {
				throw new IllegalStateException("tawasul.channels.token-key must be 32 bytes, base64-encoded");
			}
			return new SecretKeySpec(raw, "AES");
		}
		Path file = properties.keyFile().toAbsolutePath().normalize();
		try {
			if (Files.exists(file)) {
				return new SecretKeySpec(Base64.getDecoder().decode(Files.readString(file).trim()), "AES");
			}
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256);
			SecretKey generated = generator.generateKey();
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(generated.getEncoded()));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.debug("no POSIX permissions on {}", file);
			}
			log.warn("No tawasul.channels.token-key configured: generated a development key in {}. "
					+ "Production must set TAWASUL_CHANNELS_TOKEN_KEY (32 random bytes, base64) and keep it secret.", file);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
