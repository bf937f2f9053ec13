package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private final TextNormalizer normalizer = TextNormalizer.standard();

  @Test
  void foldsAlefForms() {
    assertThat(normalizer.normalize("أحمد إبراهيم آمنة ٱلله")).isEqualTo("احمد ابراهيم امنه الله");
  }

  @Test
  void foldsAlefMaksuraAndTehMarbuta() {
    assertThat(normalizer.normalize("على مستشفى المدينة")).isEqualTo("علي مستشفي المدينه");
  }

  @Test
  void foldsHamzaCarriersAndDropsLoneHamza() {
    assertThat(normalizer.normalize("مسؤول رئيس سماء")).isEqualTo("مسوول رييس سما");
  }

  @Test
  void removesDiacriticsAndTatweel() {
    assertThat(normalizer.normalize("دـراري صـغار لقاوِ بركاسةَ دالزبلْ")).isEqualTo("دراري صغار لقاو بركاسه دالزبل");
  }

  @Test
  void squeezesElongatedLettersButKeepsDoubles() {
    assertThat(normalizer.normalize("بزااااف مزياااان الله")).isEqualTo("بزاف مزيان الله");
    assertThat(normalizer.normalize("wooooow cool")).isEqualTo("wow cool");
  }

  @Test
  void keepsRepeatedDigits() {
    assertThat(normalizer.normalize("1000 درهم")).isEqualTo("1000 درهم");
  }

  @Test
  void convertsArabicIndicAndEasternDigits() {
    assertThat(normalizer.normalize("١٣٠٠ طفل و ۲۰۲۰")).isEqualTo("1300 طفل و 2020");
  }

  @Test
  void splitsDigitsFromArabicLetters() {
    assertThat(normalizer.normalize("كوفيد19 و2020م")).isEqualTo("كوفيد 19 و 2020 م");
  }

  @Test
  void dropsLinksAndMentions() {
    assertThat(normalizer.normalize("@goud_ma الصخيرات https://t.co/qafIY3nN7z www.goud.ma/x pic.twitter.com/abc"))
        .isEqualTo("الصخيرات");
  }

  @Test
  void splitsHashtagsIntoWords() {
    assertThat(normalizer.normalize("#إلا_رسول_الله #FakeNews #covid19")).isEqualTo("الا رسول الله fake news covid19");
  }

  @Test
  void removesEmojis() {
    assertThat(normalizer.normalize("شوفو 😱😂 هاد 🇲🇦 الفيديو ❤️")).isEqualTo("شوفو هاد الفيديو");
  }

  @Test
  void lowercasesAndFoldsLatinAccents() {
    assertThat(normalizer.normalize("Sûreté Nationale, ÇA Œuvre Straße")).isEqualTo("surete nationale ca oeuvre strasse");
  }

  @Test
  void keepsArabiziWordsWhole() {
    assertThat(normalizer.normalize("3ndk 7na 9al lik")).isEqualTo("3ndk 7na 9al lik");
  }

  @Test
  void appliesNfkcToPresentationForms() {
    // ﻻ (lam-alef ligature) and ﺑ (beh initial form)
    assertThat(normalizer.normalize("ﻻ ﺑ")).isEqualTo("لا ب");
  }

  @Test
  void foldsMaghrebiLetters() {
    assertThat(normalizer.normalize("ڭالو ڤيديو")).isEqualTo("كالو فيديو");
  }

  @Test
  void handlesBadInputWithoutThrowing() {
    assertThat(normalizer.normalize(null)).isEmpty();
    assertThat(normalizer.normalize("")).isEmpty();
    assertThat(normalizer.normalize("😂😂😂 🔥")).isEmpty();
    assertThat(normalizer.normalize("\uD800 كلمة \uDFFF")).isEqualTo("كلمه");
    assertThat(normalizer.normalize("\uFFFD\uFFFD نص")).isEqualTo("نص");
    String huge = "كلمة ".repeat(220_000);
    assertThat(normalizer.tokens(huge)).isNotEmpty().hasSizeLessThanOrEqualTo(TextNormalizer.MAX_INPUT_CHARS / 5 + 1);
  }

  @Test
  void cutsOverlongWords() {
    String word = "ب".repeat(200);
    assertThat(normalizer.tokens("ab" + "c".repeat(200))).allMatch(t -> t.length() <= TextNormalizer.MAX_TOKEN_CHARS);
    assertThat(normalizer.normalize(word)).isEqualTo("ب"); // an elongation of one letter
  }

  @Test
  void mixedScriptsStayReadable() {
    assertThat(normalizer.normalize("الـPolice وصلات l'endroit")).isEqualTo("ال police وصلات l endroit");
  }
}
