package org.tawasul.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for a member who lost their authenticator: 10 codes of 10 characters (about 50 bits
 * each) from an alphabet without look-alikes, shown once, stored as SHA-256 hashes. Their entropy makes a slow
 * hash unnecessary: they cannot be guessed offline from the hash in useful time, and each works once.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder(11);
			for (int c = 0; c < 10; c++) {
				if (c == 5) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/** Whether what was typed looks like a recovery code rather than a TOTP code. */
	static boolean looksLikeOne(String typed) {
		return normalise(typed).length() == 10;
	}

	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalise(code).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/** Case, spaces and the dash do not matter when typing a code. */
	private static String normalise(String typed) {
		return typed.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
	}
}
