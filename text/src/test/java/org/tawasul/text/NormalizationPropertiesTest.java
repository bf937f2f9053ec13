package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Invariants of normalisation and grouping over generated Arabic, Darija, Arabizi and French posts. */
class NormalizationPropertiesTest {

  private static final String[] WORDS = {
      "البوليس", "شدو", "عصابة", "ديال", "الشفارة", "فحي", "مولاي", "رشيد", "بكازا", "سرقو", "بزاف", "التيليفونات",
      "اللقاح", "كورونا", "يسبب", "العقم", "غرامة", "درهم", "الكمامة", "طنجة", "مراكش", "حريق", "سوق", "الخميس",
      "3ndk", "7na", "9al", "dyal", "wach", "la", "police", "dément", "Sûreté", "#عاجل", "#Fake_News", "😱", "🇲🇦",
      "https://t.co/x1", "@user_1", "١٣٠٠", "2020", "أحمد", "إبراهيم", "مستشفى", "مدينة", "جداااا", "دـراري", "لقاوِ"};

  private final TextNormalizer normalizer = TextNormalizer.standard();

  @Provide
  Arbitrary<String> posts() {
    return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(40).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(posts(), Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '#', '@', '_').ofMaxLength(200));
  }

  @Property(tries = 300)
  void normalisationIsIdempotent(@ForAll("posts") String post) {
    String once = normalizer.normalize(post);
    assertThat(normalizer.normalize(once)).isEqualTo(once);
  }

  @Property(tries = 300)
  void arabicAndLatinNormalisationIsIdempotentOnAnyString(@ForAll("anyText") String text) {
    String once = normalizer.normalize(text);
    assertThat(normalizer.normalize(once)).isEqualTo(once);
    assertThat(once).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
  }

  @Property(tries = 200)
  void nothingEscapesTheLibrary(@ForAll String text) {
    normalizer.normalize(text);
    normalizer.guess(text);
    new NearDuplicateIndex().add("p", text);
    Arabizi.standard().transliterateText(text);
  }

  @Property(tries = 15)
  void groupingDoesNotDependOnInsertionOrder(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    List<String[]> posts = new ArrayList<>();
    for (int story = 0; story < 12; story++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 16; w++) {
        words.add(WORDS[random.nextInt(24)] + (char) ('\u0628' + random.nextInt(20)) + story);
      }
      for (int copy = 0; copy < 5; copy++) {
        List<String> variant = new ArrayList<>(words);
        if (copy % 2 == 1) {
          variant.add(0, "😱 شوفو");
        }
        if (copy == 4) {
          variant.remove(variant.size() - 1);
        }
        posts.add(new String[] {"s" + story + "c" + copy, String.join(" ", variant)});
      }
    }
    Map<String, String> first = group(posts);
    List<String[]> shuffled = new ArrayList<>(posts);
    Collections.shuffle(shuffled, random);
    Map<String, String> second = group(shuffled);
    assertThat(bcubedF1(first, second)).isGreaterThanOrEqualTo(0.95);
  }

  private static Map<String, String> group(List<String[]> posts) {
    NearDuplicateIndex index = new NearDuplicateIndex();
    Map<String, String> groups = new HashMap<>();
    for (String[] post : posts) {
      groups.put(post[0], index.add(post[0], post[1]));
    }
    return groups;
  }

  private static double bcubedF1(Map<String, String> a, Map<String, String> b) {
    Map<String, Set<String>> ga = new HashMap<>();
    Map<String, Set<String>> gb = new HashMap<>();
    a.forEach((k, v) -> ga.computeIfAbsent(v, x -> new HashSet<>()).add(k));
    b.forEach((k, v) -> gb.computeIfAbsent(v, x -> new HashSet<>()).add(k));
    double p = 0;
    double r = 0;
    for (String id : a.keySet()) {
      Set<String> x = ga.get(a.get(id));
      Set<String> y = gb.get(b.get(id));
      Set<String> both = new HashSet<>(x);
      both.retainAll(y);
      p += both.size() / (double) y.size();
      r += both.size() / (double) x.size();
    }
    p /= a.size();
    r /= a.size();
    return 2 * p * r / (p + r);
  }
}
