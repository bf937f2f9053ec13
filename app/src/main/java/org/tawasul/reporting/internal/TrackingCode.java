package org.tawasul.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.tawasul.platform.DomainException;

/**
 * The code a reporter keeps to follow a report (رقم التتبع): 17 random Crockford base-32 characters (85 bits from
 * {@link SecureRandom}) and one Luhn mod 32 check character, which catches every single mistyped character and
 * almost every swap of neighbours. Read and typed as {@code XXXX-XXXX-XXXX-XXXX-XX}; input is forgiving: lower
 * case, spaces and dashes are fine, {@code I}/{@code L} read as {@code 1} and {@code O} as {@code 0}.
 *
 * <p>The platform stores only {@link #hash()}: a leaked database does not reveal any code, and 85 random bits
 * make the hash impossible to reverse by trying codes.
 */
public record TrackingCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int DATA_LENGTH = 17;

	private static final SecureRandom RANDOM = new SecureRandom();

	public TrackingCode {
		if (value.length() != DATA_LENGTH + 1 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
				|| !checksumHolds(value)) {
			throw new IllegalArgumentException("not a tracking code");
		}
	}

	public static TrackingCode generate() {
		StringBuilder code = new StringBuilder(DATA_LENGTH + 1);
		for (int i = 0; i < DATA_LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		code.append(checkCharacter(code));
		return new TrackingCode(code.toString());
	}

	/** Reads a code as a person typed it; empty when it is not a well-formed code or its check character fails. */
	public static Optional<TrackingCode> parse(String typed) {
		StringBuilder code = new StringBuilder(DATA_LENGTH + 1);
		for (int i = 0; i < typed.length() && code.length() <= DATA_LENGTH + 1; i++) {
			char c = Character.toUpperCase(typed.charAt(i));
			switch (c) {
				case ' ', '-', '\t' -> {
				}
				case 'I', 'L' -> code.append('1');
				case 'O' -> code.append('0');
				default -> {
					if (ALPHABET.indexOf(c) < 0) {
						return Optional.empty();
					}
					code.append(c);
				}
			}
		}
		if (code.length() != DATA_LENGTH + 1 || !checksumHolds(code)) {
			return Optional.empty();
		}
		return Optional.of(new TrackingCode(code.toString()));
	}

	/** Like {@link #parse} for the web: a malformed code is a 400 with a message that says so. */
	public static TrackingCode require(String typed) {
		return parse(typed).orElseThrow(
				() -> new DomainException(HttpStatus.BAD_REQUEST, "problem.tracking-code.invalid"));
	}

	/** As a person reads it: {@code XXXX-XXXX-XXXX-XXXX-XX}. */
	public String grouped() {
		return String.join("-", value.substring(0, 4), value.substring(4, 8), value.substring(8, 12),
				value.substring(12, 16), value.substring(16));
	}

	/** SHA-256 of the canonical code, lower-case hex: the only form the database keeps. */
	public String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return grouped();
	}

	static char checkCharacter(CharSequence data) {
		int n = ALPHABET.length();
		int factor = 2;
		int sum = 0;
		for (int i = data.length() - 1; i >= 0; i--) {
			int addend = factor * ALPHABET.indexOf(data.charAt(i));
			factor = factor == 2 ? 1 : 2;
			sum += addend / n + addend % n;
		}
		return ALPHABET.charAt((n - sum % n) % n);
	}

	private static boolean checksumHolds(CharSequence code) {
		int n = ALPHABET.length();
		int factor = 1;
		int sum = 0;
		for (int i = code.length() - 1; i >= 0; i--) {
			int index = ALPHABET.indexOf(code.charAt(i));
			if (index < 0) {
				return false;
			}
			int addend = factor * index;
			factor = factor == 2 ? 1 : 2;
			sum += addend / n + addend % n;
		}
		return sum % n == 0;
	}
}
