package org.tawasul.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 256-bit key that seals personal data and credentials for storage (reporters' contacts, second-factor secrets,
 * social-network tokens): AES-256-GCM with a fresh 96-bit nonce per value, stored as {@code nonce ‖ ciphertext ‖
 * tag}, optionally bound to a context (associated data) so a sealed value moved to another row does not open.
 * A changed byte or a wrong key is detected, never decrypted into garbage.
 *
 * <p>The key comes from configuration (base64 of 32 random bytes, from the operator's secret store). When none is
 * configured — development and tests — a key is generated once into a file readable only by its owner, and a
 * warning names the property to set at every start. The key never goes into the database or the repository.
 */
public final class SealingKey {

	private static final Logger log = LoggerFactory.getLogger(SealingKey.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final byte[] NO_CONTEXT = new byte[0];

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	private SealingKey(byte[] raw, String property) {
		if (raw.length != 32) {
			throw new IllegalStateException(property + " must be 32 bytes, base64-encoded");
		}
		this.key = new SecretKeySpec(raw.clone(), "AES");
	}

	/** A key from its raw bytes (tests). */
	public static SealingKey of(byte[] raw) {
		return new SealingKey(raw, "a sealing key");
	}

	/**
	 * The configured key, or the development key kept in {@code developmentKeyFile} (created on first use).
	 *
	 * @param property the configuration property an operator sets, named in errors and warnings
	 */
	public static SealingKey configured(@Nullable String base64Key, Path developmentKeyFile, String property) {
		if (base64Key != null && !base64Key.isBlank()) {
			return new SealingKey(Base64.getDecoder().decode(base64Key.strip()), property);
		}
		Path file = developmentKeyFile.toAbsolutePath().normalize();
		try {
			byte[] raw = Files.exists(file) ? Base64.getDecoder().decode(Files.readString(file).strip())
					: createDevelopmentKey(file);
			log.warn("{} is not set: using the development key in {}. In production set it from your secret store "
					+ "(32 random bytes, base64); losing the key makes what it sealed unreadable.", property, file);
			return new SealingKey(raw, property);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the development key " + file, ex);
		}
	}

	private static byte[] createDevelopmentKey(Path file) throws IOException {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), "key", ".part");
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("no POSIX permissions on the file system of {}", file);
		}
		Files.writeString(temporary, Base64.getEncoder().encodeToString(raw));
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		return raw;
	}

	/** Seals {@code plain}; the result opens only with this key. */
	public byte[] seal(byte[] plain) {
		return seal(plain, NO_CONTEXT);
	}

	/** Seals {@code plain} bound to {@code context} (e.g. the id of the row it is stored in). */
	public byte[] seal(byte[] plain, byte[] context) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is available on every JDK", ex);
		}
	}

	/** Opens what {@link #seal(byte[])} produced. */
	public byte[] open(byte[] sealed) {
		return open(sealed, NO_CONTEXT);
	}

	/**
	 * Opens what {@link #seal(byte[], byte[])} produced for the same context.
	 *
	 * @throws IllegalStateException when the value was altered, moved to another context, or sealed with another key
	 */
	public byte[] open(byte[] sealed, byte[] context) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(context);
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("sealed data does not open with the configured key", ex);
		}
	}

	/** A separate key for another purpose, derived from this one: HMAC-SHA256(key, label). */
	public byte[] derive(String label) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
			return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is available on every JDK", ex);
		}
	}
}
