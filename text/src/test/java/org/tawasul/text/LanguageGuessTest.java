package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  private final TextNormalizer normalizer = TextNormalizer.standard();

  @Test
  void recognisesModernStandardArabic() {
    LanguageGuess guess = normalizer.guess("أعلنت المديرية العامة للأمن الوطني عن توقيف شخص يشتبه في تورطه في نشر أخبار زائفة");
    assertThat(guess.language()).isEqualTo(Language.MSA);
    assertThat(guess.script()).isEqualTo(Script.ARABIC);
  }

  @Test
  void recognisesDarijaInArabicScript() {
    LanguageGuess guess = normalizer.guess("واش بصح هاد الفيديو ديال البوليس اللي كيضربو فيه واحد الدري؟");
    assertThat(guess.language()).isEqualTo(Language.DARIJA);
    assertThat(guess.script()).isEqualTo(Script.ARABIC);
  }

  @Test
  void recognisesAShortDarijaPostByItsVocabulary() {
    // no marker word, but الدراري، الطوموبيل are Darija
    assertThat(normalizer.guess("الدراري طاحو من الطوموبيل").language()).isEqualTo(Language.DARIJA);
    assertThat(normalizer.guess("سقط الأطفال من السيارة").language()).isEqualTo(Language.MSA);
  }

  @Test
  void recognisesArabizi() {
    LanguageGuess guess = normalizer.guess("wach bsa7 had lvideo dyal lbolis? 3ndk chi fikra");
    assertThat(guess.language()).isEqualTo(Language.ARABIZI);
    assertThat(guess.script()).isEqualTo(Script.LATIN);
  }

  @Test
  void recognisesFrenchAndEnglish() {
    assertThat(normalizer.guess("La police dément les rumeurs sur les réseaux sociaux").language())
        .isEqualTo(Language.FRENCH);
    assertThat(normalizer.guess("The police denies the rumours spreading on social media").language())
        .isEqualTo(Language.ENGLISH);
  }

  @Test
  void reportsMixedScript() {
    assertThat(normalizer.guess("البوليس police عتقو le voleur f casa").script()).isEqualTo(Script.MIXED);
  }

  @Test
  void givesUnknownForTextWithoutWords() {
    assertThat(normalizer.guess("😂😂 https://t.co/x")).isEqualTo(LanguageGuess.NONE);
    assertThat(normalizer.guess("")).isEqualTo(LanguageGuess.NONE);
  }
}
