package org.tawasul.reporting.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodeTest {

	@Test
	void aNewCodeIsGroupedForReadingAndParsesBack() {
		TrackingCode code = TrackingCode.generate();

		assertThat(code.grouped()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]{2}");
		assertThat(TrackingCode.parse(code.grouped())).contains(code);
		assertThat(TrackingCode.parse(code.value())).contains(code);
	}

	@Test
	void carries85RandomBits() {
		assertThat(17 * Integer.numberOfTrailingZeros(TrackingCode.ALPHABET.length())).isEqualTo(85);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			seen.add(TrackingCode.generate().value());
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void forgivesCaseSpacesDashesAndLookAlikeLetters() {
		TrackingCode code = TrackingCode.parse("0000 0000 0000 1111 1" + TrackingCode.checkCharacter("00000000000011111"))
			.orElseThrow();
		String typed = code.grouped().toLowerCase().replace('0', 'o').replace("1111", "iLl1").replace("-", " - ");

		assertThat(TrackingCode.parse(typed)).contains(code);
	}

	@RepeatedTest(20)
	void catchesEverySingleMistypedCharacter() {
		TrackingCode code = TrackingCode.generate();
		for (int position = 0; position < code.value().length(); position++) {
			for (char replacement : TrackingCode.ALPHABET.toCharArray()) {
				if (replacement == code.value().charAt(position)) {
					continue;
				}
				String typo = code.value().substring(0, position) + replacement + code.value().substring(position + 1);
				assertThat(TrackingCode.parse(typo)).as(typo).isEmpty();
			}
		}
	}

	@Test
	void refusesWrongLengthsAndForeignCharacters() {
		String valid = TrackingCode.generate().value();
		assertThat(TrackingCode.parse(valid.substring(1))).isEmpty();
		assertThat(TrackingCode.parse(valid + "0")).isEmpty();
		assertThat(TrackingCode.parse(valid.substring(1) + "U")).isEmpty();
		assertThat(TrackingCode.parse("<script>")).isEmpty();
		assertThat(TrackingCode.parse("")).isEmpty();
	}

	@Test
	void theStoredHashDoesNotRevealTheCode() {
		TrackingCode code = TrackingCode.generate();
		assertThat(code.hash()).hasSize(64).doesNotContain(code.value());
		assertThat(TrackingCode.parse(code.grouped().toLowerCase()).orElseThrow().hash()).isEqualTo(code.hash());
	}
}
