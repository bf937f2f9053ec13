package org.tawasul.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealingKeyTest {

	private final SealingKey key = SealingKey.of(new byte[32]);

	@Test
	void opensWhatItSealedAndNeverRepeatsACiphertext() {
		byte[] plain = "citizen@example.ma".getBytes(StandardCharsets.UTF_8);
		byte[] first = key.seal(plain);
		assertThat(key.open(first)).isEqualTo(plain);
		assertThat(key.seal(plain)).isNotEqualTo(first);
	}

	@Test
	void aValueSealedForOneRowDoesNotOpenInAnother() {
		byte[] sealed = key.seal("0612345678".getBytes(StandardCharsets.UTF_8), "report:1".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> key.open(sealed, "report:2".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aChangedByteOrAnotherKeyIsDetected() {
		byte[] sealed = key.seal(new byte[] { 1, 2, 3 });
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> key.open(sealed)).isInstanceOf(IllegalStateException.class);
		byte[] other = new byte[32];
		other[0] = 1;
		assertThatThrownBy(() -> SealingKey.of(other).open(key.seal(new byte[] { 1 })))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAKeyOfTheWrongSize() {
		assertThatThrownBy(() -> SealingKey.configured(Base64.getEncoder().encodeToString(new byte[16]),
				Path.of("unused"), "tawasul.test.key"))
			.hasMessageContaining("tawasul.test.key");
	}

	@Test
	void generatesADevelopmentKeyOnceReadableOnlyByItsOwner(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("keys/test.key");
		SealingKey first = SealingKey.configured(null, file, "tawasul.test.key");
		byte[] sealed = first.seal(new byte[] { 42 });
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(SealingKey.configured("", file, "tawasul.test.key").open(sealed)).containsExactly(42);
	}

	@Test
	void derivedKeysDifferByLabel() {
		assertThat(key.derive("client-ref")).hasSize(32).isNotEqualTo(key.derive("other"));
	}
}
