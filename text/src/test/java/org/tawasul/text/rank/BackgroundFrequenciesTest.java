package org.tawasul.text.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BackgroundFrequenciesTest {

  /** Ten news texts: all name Morocco, none an earthquake. */
  private static final BackgroundFrequencies NEWS = BackgroundFrequencies.of(news());

  private static List<String> news() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      texts.add("المغرب يستقبل وفدا رسميا في الرباط لمناقشة التعاون رقم " + i);
    }
    texts.add("");
    texts.add("😀 🙏");
    return texts;
  }

  private static long term(String word) {
    return TextProfile.of(word, false).terms()[0];
  }

  @Test
  void countsTextsWithAContentWord() {
    assertThat(NEWS.documents()).isEqualTo(10);
    assertThat(NEWS.frequency(term("الرباط"))).isEqualTo(10);
    assertThat(NEWS.frequency(term("زلزال"))).isZero();
    // counted as DocumentFrequencies counts a claim: a word that is its own skeleton counts for both
    DocumentFrequencies pool = new DocumentFrequencies();
    pool.add(TextProfile.of(news().getFirst(), false));
    assertThat(NEWS.frequency(term("المغرب"))).isEqualTo(20);
    assertThat(pool.idf(term("المغرب"))).isZero(); // 2 of 1: at least 0
    assertThat(pool.idf(term("الرباط"))).isEqualTo(BackgroundFrequencies.NONE.idf(term("الرباط"), 1, 1));
  }

  @Test
  void aSmallPoolWeighsWordsByTheBackground() {
    DocumentFrequencies pool = new DocumentFrequencies(NEWS);
    DocumentFrequencies alone = new DocumentFrequencies();
    for (String claim : List.of("زلزال قوي يضرب مدينة الحسيمة", "اللقاح يسبب العقم", "غرامة على الكمامة")) {
      pool.add(TextProfile.of(claim, false));
      alone.add(TextProfile.of(claim, false));
    }
    // no claim says "Morocco": alone, it weighs as much as the rarest word; the background knows it is common
    assertThat(alone.idf(term("المغرب"))).isGreaterThan(alone.idf(term("زلزال")));
    assertThat(pool.idf(term("المغرب"))).isLessThan(pool.idf(term("زلزال")) / 3);
    assertThat(pool.idf(term("فيضان"))).isGreaterThan(pool.idf(term("زلزال")));
  }

  /** An Arabic background knows nothing of French: French words keep the pool's counts, not "never seen". */
  @Test
  void leavesWordsOfAnotherScriptToThePool() {
    DocumentFrequencies pool = new DocumentFrequencies(NEWS);
    DocumentFrequencies alone = new DocumentFrequencies();
    for (String claim : List.of("La police dément l'enlèvement d'enfants à Tanger",
        "La police dément une amende de 500 dirhams", "La police dément la fermeture des écoles")) {
      pool.add(TextProfile.of(claim, false));
      alone.add(TextProfile.of(claim, false));
    }
    assertThat(NEWS.latinDocuments()).isZero();
    for (String word : List.of("police", "tanger", "amende", "incendie")) {
      assertThat(pool.idf(term(word))).as(word).isEqualTo(alone.idf(term(word)));
    }
    assertThat(pool.idf(term("police"))).isLessThan(pool.idf(term("tanger")));
    assertThat(pool.idf(term("الرباط"))).isEqualTo(NEWS.idf(term("الرباط"), 0, 3)).isLessThan(3);
  }

  /** A French background weighs French words, and leaves Arabic ones to the pool. */
  @Test
  void aFrenchBackgroundCountsForFrenchWords() {
    List<String> french = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      french.add("La police marocaine communique sur le dossier numéro " + i);
    }
    BackgroundFrequencies background = BackgroundFrequencies.of(french);
    assertThat(background.latinDocuments()).isEqualTo(10);
    DocumentFrequencies pool = new DocumentFrequencies(background);
    DocumentFrequencies alone = new DocumentFrequencies();
    for (String claim : List.of("Aucun enlèvement d'enfants à Tanger", "Pas d'amende pour le masque")) {
      pool.add(TextProfile.of(claim, false));
      alone.add(TextProfile.of(claim, false));
    }
    assertThat(pool.idf(term("police"))).isLessThan(pool.idf(term("séisme")) / 3);
    assertThat(alone.idf(term("police"))).isEqualTo(alone.idf(term("séisme")));
    assertThat(pool.idf(term("الرباط"))).isEqualTo(alone.idf(term("الرباط")));
  }

  @Test
  void aLargePoolIsItsOwnStatistics() {
    long morocco = term("المغرب");
    int n = BackgroundFrequencies.FILL;
    assertThat(NEWS.idf(morocco, 3, n)).isCloseTo(Math.log(1 + (n - 3 + 0.5) / 3.5), within(1e-12));
    assertThat(NEWS.idf(morocco, 3, n - 1)).isLessThan(NEWS.idf(morocco, 3, n) - 0.4);
    assertThat(BackgroundFrequencies.NONE.idf(morocco, 1, 4)).isCloseTo(Math.log(1 + 3.5 / 1.5), within(1e-12));
  }

  @Test
  void writesAndReadsTheTable() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NEWS.write(bytes);
    BackgroundFrequencies read = BackgroundFrequencies.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(read).isEqualTo(NEWS);
    assertThat(read.size()).isEqualTo(NEWS.size()).isPositive();
  }

  @Test
  void refusesWhatIsNotATable() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write("id\ttext\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> BackgroundFrequencies.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a background frequency table");
    assertThatThrownBy(() -> BackgroundFrequencies.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void shipsTheMarsumTable() {
    BackgroundFrequencies standard = BackgroundFrequencies.standard();
    assertThat(standard.documents()).isEqualTo(600);
    assertThat(standard.latinDocuments()).isZero();
    assertThat(standard.frequency(term("المغرب"))).isGreaterThan(100);
    assertThat(standard.frequency(term("الحسيمة"))).isBetween(1, 60);
  }
}
