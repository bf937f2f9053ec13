package org.tawasul.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	/** RFC 6238 appendix B's SHA-1 secret; its 8-digit codes end with our 6 digits. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void matchesTheRfc6238TestVectors() {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void acceptsTheCodeOfTheStepBeforeAndAfterForClockDrift() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, -1)).hasValue(step - 1);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, -1)).hasValue(step + 1);
	}

	@Test
	void refusesCodesTwoStepsAway() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, -1)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, -1)).isEmpty();
	}

	@Test
	void refusesACodeWhoseStepWasAlreadyUsed() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);
		String code = Totp.code(RFC_SECRET, step);
		assertThat(Totp.verify(RFC_SECRET, code, now, step - 1)).hasValue(step);
		assertThat(Totp.verify(RFC_SECRET, code, now, step)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
	}

	@Test
	void refusesMalformedCodes() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		assertThat(Totp.verify(RFC_SECRET, "12345", now, -1)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, "abcdef", now, -1)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, "", now, -1)).isEmpty();
	}

	@Test
	void base32EncodesLikeRfc4648WithoutPadding() {
		assertThat(Totp.Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
	}

	@Test
	void otpauthUriNamesIssuerAccountAndSecret() {
		assertThat(Totp.uri("Tawasul", "demo.admin", "foobar".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("otpauth://totp/Tawasul:demo.admin?secret=MZXW6YTBOI&issuer=Tawasul&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void qrCodeIsAnSvgDataUri() {
		assertThat(SecondFactors.qrDataUri("otpauth://totp/x?secret=MZXW6YTBOI")).startsWith("data:image/svg+xml;base64,");
	}
}
