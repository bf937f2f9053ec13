package org.tawasul.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters (length beats composition rules), not
 * one of the common passwords in {@code identity/common-passwords.txt}, and not the username. Returns the message
 * key of the first rule broken.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	static PasswordPolicy standard() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("identity/common-passwords.txt is missing");
			}
			Set<String> words = new HashSet<>();
			new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.forEach(words::add);
			return new PasswordPolicy(words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The message key of the broken rule, empty when the password is acceptable. */
	Optional<String> check(String username, String password) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("identity.password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("identity.password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || password.chars().distinct().count() < 4) {
			return Optional.of("identity.password.common");
		}
		if (lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("identity.password.contains-username");
		}
		return Optional.empty();
	}
}
