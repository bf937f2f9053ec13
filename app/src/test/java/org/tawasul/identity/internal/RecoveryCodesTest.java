package org.tawasul.identity.internal;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodesTest {

	@Test
	void generatesTenDistinctCodesOfTenCharacters() {
		List<String> codes = RecoveryCodes.generate();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(codes).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
	}

	@Test
	void hashIgnoresCaseSpacesAndDash() {
		assertThat(RecoveryCodes.hash("ABCDE-FGHJK")).isEqualTo(RecoveryCodes.hash(" abcdefghjk "));
		assertThat(RecoveryCodes.hash("abcde-fghjk")).isNotEqualTo(RecoveryCodes.hash("abcde-fghjm"));
	}

	@Test
	void tellsRecoveryCodesFromTotpCodes() {
		assertThat(RecoveryCodes.looksLikeOne("abcde-fghjk")).isTrue();
		assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
	}

	@Test
	void codesDoNotRepeatAcrossGenerations() {
		var seen = new HashSet<String>();
		for (int i = 0; i < 50; i++) {
			assertThat(RecoveryCodes.generate()).allMatch(seen::add);
		}
	}
}
