package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DarijaTest {

  private final Darija darija = Darija.standard();
  private final TextNormalizer normalizer = TextNormalizer.standard();

  private java.util.List<String> candidates(String word) {
    return darija.candidates(normalizer.normalize(word));
  }

  @Test
  void readsDarijaWordsThatMsaSaysOtherwise() {
    assertThat(candidates("الدراري")).containsExactly(normalizer.normalize("الأطفال"));
    assertThat(candidates("البوليس")).containsExactly(normalizer.normalize("الشرطة"));
    assertThat(candidates("قدام")).containsExactly(normalizer.normalize("أمام"));
    // behind a one-letter proclitic
    assertThat(candidates("فالطوموبيل")).containsExactly(normalizer.normalize("السيارة"));
    assertThat(candidates("بالبوليس")).containsExactly(normalizer.normalize("الشرطة"));
    assertThat(candidates("القرقوبي")).containsExactly(normalizer.normalize("الأقراص"), normalizer.normalize("المهلوسة"));
  }

  @Test
  void dropsTheAspectAndFuturePrefixesOfAVerb() {
    assertThat(candidates("كيسبب")).containsExactly("يسبب");
    assertThat(candidates("كتختطف")).containsExactly("تختطف");
    assertThat(candidates("كانشوفو")).containsExactly("نشوفو");
    assertThat(candidates("غايطيح")).containsExactly("يطيح");
    assertThat(candidates("تايقولو")).containsExactly("يقولو");
  }

  @Test
  void readsTheNegationAroundAWord() {
    assertThat(candidates("ماكاينش")).contains(normalizer.normalize("كاين"));
    assertThat(candidates("ماكيخدمش")).containsExactly("كيخدم", "يخدم");
  }

  @Test
  void readsArabiziDarijaThroughItsArabicCandidates() {
    assertThat(darija.withCandidates(Arabizi.standard().candidates("drari"))).contains("دراري", "اطفال");
    assertThat(darija.withCandidates(Arabizi.standard().candidates("kaykhta6fo"))).contains("يختطفو");
  }

  @Test
  void leavesMsaAndOtherScriptsAlone() {
    assertThat(candidates("كتاب")).isEmpty();
    assertThat(candidates("الشرطة")).isEmpty();
    assertThat(candidates("يسبب")).isEmpty();
    assertThat(candidates("police")).isEmpty();
    assertThat(darija.candidates("")).isEmpty();
    assertThat(darija.candidates(null)).isEmpty();
    assertThat(darija.isLexical(normalizer.normalize("الدراري"))).isTrue();
    assertThat(darija.isLexical(normalizer.normalize("الأطفال"))).isFalse();
    // a word MSA also uses gets its Darija reading beside it, and does not mark a post as Darija
    assertThat(candidates("الحبس")).containsExactly("السجن");
    assertThat(darija.isLexical("الحبس")).isFalse();
  }
}
