package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabiziTest {

  private final Arabizi arabizi = Arabizi.standard();

  @Test
  void transliteratesDigitLetters() {
    assertThat(arabizi.candidates("3ndk")).first().isEqualTo("عندك");
    assertThat(arabizi.candidates("7na")).contains("حنا");
    assertThat(arabizi.candidates("9al")).contains("قال");
    assertThat(arabizi.candidates("5ouya")).anyMatch(c -> c.startsWith("خوي"));
  }

  @Test
  void addsTheArticleForLPrefixedWords() {
    assertThat(arabizi.candidates("lmghrib")).contains("المغرب");
    assertThat(arabizi.candidates("lbolis")).contains("البوليس");
  }

  @Test
  void recognisesArabiziWords() {
    assertThat(arabizi.isArabizi("3ndk")).isTrue();
    assertThat(arabizi.isArabizi("dyal")).isTrue();
    assertThat(arabizi.isArabizi("police2020")).isTrue();
    assertThat(arabizi.isArabizi("police")).isFalse();
    assertThat(arabizi.isArabizi("2020")).isFalse();
    assertThat(arabizi.isArabizi("")).isFalse();
  }

  @Test
  void rewritesATextIntoArabicScript() {
    assertThat(arabizi.transliterateText("wach 3ndk l5bar dyal lmghrib")).isEqualTo("واش عندك لخبار ديال المغرب");
  }

  @Test
  void ignoresNonLatinWords() {
    assertThat(arabizi.candidates("عندك")).isEmpty();
    assertThat(arabizi.candidates(null)).isEmpty();
  }
}
