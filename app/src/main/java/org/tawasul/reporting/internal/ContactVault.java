package org.tawasul.reporting.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Seals reporters' personal data (contact, and the tracking code for those who left one) with AES-256-GCM, bound to
 * the report it belongs to, and derives keyed hashes of client addresses for idempotency. The key comes from
 * {@code tawasul.reporting.contact-key}; without one, a key is generated on first start and kept under
 * {@code tawasul.reporting.key-directory} — losing that file makes sealed contacts unreadable.
 */
@Component
@EnableConfigurationProperties(ReportingProperties.class)
public class ContactVault {

	private static final Logger log = LoggerFactory.getLogger(ContactVault.class);

	private static final String KEY_FILE = "reporting-contact.key";

	private static final int IV_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	private final SecretKey clientKey;

	ContactVault(ReportingProperties properties) throws IOException, GeneralSecurityException {
		byte[] raw = properties.contactKey() == null || properties.contactKey().isBlank()
				? generatedKey(properties.keyDirectory()) : Base64.getDecoder().decode(properties.contactKey().strip());
		if (raw.length != 32) {
			throw new IllegalStateException("tawasul.reporting.contact-key must be 32 bytes, base64-encoded");
		}
		this.key = new SecretKeySpec(raw, "AES");
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(raw, "HmacSHA256"));
		this.clientKey = new SecretKeySpec(mac.doFinal("client-ref".getBytes(StandardCharsets.US_ASCII)),
				"HmacSHA256");
	}

	private static byte[] generatedKey(Path directory) throws IOException, GeneralSecurityException {
		Path file = directory.toAbsolutePath().normalize().resolve(KEY_FILE);
		if (Files.exists(file)) {
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		Files.createDirectories(file.getParent());
		KeyGenerator generator = KeyGenerator.getInstance("AES");
		generator.init(256, RANDOM);
		byte[] raw = generator.generateKey().getEncoded();
		Path temporary = Files.createTempFile(file.getParent(), "key", ".part");
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("No POSIX permissions on this file system");
		}
		Files.writeString(temporary, Base64.getEncoder().encodeToString(raw));
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		log.warn("Generated a key for reporters' contacts in {}. Configure tawasul.reporting.contact-key "
				+ "(32 random bytes, base64) in production and keep it safe.", file);
		return raw;
	}

	/** Encrypts {@code plaintext} for the report with this id ({@code context}); a fresh IV each time. */
	public byte[] seal(String plaintext, String context) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is available on every JDK", ex);
		}
	}

	/** Decrypts what {@link #seal} produced for the same context; fails if it was altered or moved. */
	public String open(byte[] sealed, String context) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("sealed data does not open with the configured key", ex);
		}
	}

	/** A keyed hash of a client address: equal for the same client, useless without the server's key. */
	public String clientRef(String clientAddress) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(clientKey);
			return HexFormat.of().formatHex(mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is available on every JDK", ex);
		}
	}

}
