package org.tawasul.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the kind every authenticator app
 * speaks. Verification accepts the previous, current and next step (clock drift) and returns the step that
 * matched, so the caller can refuse a code whose step was already used (replay).
 */
final class Totp {

	static final int DIGITS = 6;

	static final long STEP_SECONDS = 30;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A fresh 160-bit secret. */
	static byte[] newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for a given step. */
	static String code(byte[] secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%0" + DIGITS + "d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every JDK has HmacSHA1", ex);
		}
	}

	/**
	 * The step whose code equals {@code code}, looking one step either side of {@code at}; empty when none does or
	 * when the matching step is not after {@code lastUsedStep} (a code is good once).
	 */
	static OptionalLong verify(byte[] secret, String code, Instant at, long lastUsedStep) {
		String candidate = code.strip().replace(" ", "");
		if (candidate.length() != DIGITS || !candidate.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long now = step(at);
		for (long step = now - 1; step <= now + 1; step++) {
			if (step > lastUsedStep && MessageDigest.isEqual(code(secret, step).getBytes(), candidate.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The otpauth URI authenticator apps read from the QR code. */
	static String uri(String issuer, String account, byte[] secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** RFC 4648 base32 without padding, as authenticator apps expect secrets. */
	static final class Base32 {

		private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

		private Base32() {
		}

		static String encode(byte[] data) {
			StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
			int buffer = 0;
			int bits = 0;
			for (byte b : data) {
				buffer = (buffer << 8) | (b & 0xff);
				bits += 8;
				while (bits >= 5) {
					out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
					bits -= 5;
				}
			}
			if (bits > 0) {
				out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
			}
			return out.toString();
		}
	}
}
