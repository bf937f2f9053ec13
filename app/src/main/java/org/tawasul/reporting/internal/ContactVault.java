package org.tawasul.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.tawasul.platform.crypto.SealingKey;

/**
 * Seals reporters' personal data (contact, and the tracking code for those who left one) with AES-256-GCM, bound to
 * the report it belongs to, and derives keyed hashes of client addresses for idempotency. The key comes from
 * {@code tawasul.reporting.contact-key}; without one, a key is generated on first start and kept under
 * {@code tawasul.reporting.key-directory} — losing that file makes sealed contacts unreadable.
 */
@Component
@EnableConfigurationProperties(ReportingProperties.class)
public class ContactVault {

	private final SealingKey key;

	private final SecretKeySpec clientKey;

	ContactVault(ReportingProperties properties) {
		this.key = SealingKey.configured(properties.contactKey(),
				properties.keyDirectory().resolve("reporting-contact.key"), "tawasul.reporting.contact-key");
		this.clientKey = new SecretKeySpec(key.derive("client-ref"), "HmacSHA256");
	}

	/** Encrypts {@code plaintext} for the report with this id ({@code context}); a fresh IV each time. */
	public byte[] seal(String plaintext, String context) {
		return key.seal(plaintext.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
	}

	/** Decrypts what {@link #seal} produced for the same context; fails if it was altered or moved. */
	public String open(byte[] sealed, String context) {
		return new String(key.open(sealed, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
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
