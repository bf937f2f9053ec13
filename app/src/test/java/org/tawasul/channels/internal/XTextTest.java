package org.tawasul.channels.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XTextTest {

	@Test
	void arabicAndLatinLettersWeighOne() {
		assertThat(XText.weightedLength("بيان حقيقة")).isEqualTo(10);
		assertThat(XText.weightedLength("Communiqué")).isEqualTo(10);
	}

	@Test
	void chineseAndJapaneseWeighTwo() {
		assertThat(XText.weightedLength("警察")).isEqualTo(4);
		assertThat(XText.weightedLength("こんにちは")).isEqualTo(10);
	}

	@Test
	void everyUrlCountsTwentyThreeWhateverItsLength() {
		assertThat(XText.weightedLength("https://tawasul.example.ma/ar/publications/2026/05/17/very-long-slug?d=abc"))
			.isEqualTo(23);
		assertThat(XText.weightedLength("اقرأ http://a.ma")).isEqualTo(5 + 23);
	}

	@Test
	void anEmojiSequenceCountsOnceAsTwo() {
		assertThat(XText.weightedLength("👍")).isEqualTo(2);
		assertThat(XText.weightedLength("👨‍👩‍👧")).isEqualTo(2);
		assertThat(XText.weightedLength("👍🏽")).isEqualTo(2);
	}

	@Test
	void punctuationInTheGeneralRangeWeighsOne() {
		assertThat(XText.weightedLength("“”…")).isEqualTo(2 + 2);
		assertThat(XText.weightedLength("‘’")).isEqualTo(2);
	}

	@Test
	void twoHundredEightyArabicLettersFitAndOneMoreDoesNot() {
		assertThat(XText.fits("ب".repeat(280))).isTrue();
		assertThat(XText.fits("ب".repeat(281))).isFalse();
		assertThat(XText.fits("警".repeat(141))).isFalse();
	}
}
