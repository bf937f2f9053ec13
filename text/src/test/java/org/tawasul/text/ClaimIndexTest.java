package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClaimIndexTest {

  private ClaimIndex index;

  @BeforeEach
  void publishStatements() {
    index = firstStatements(ClaimIndex.builder());
    index.put(new Claim("c-fire", "بيان حقيقة: حريق سوق الخميس بالرباط قديم",
        "فيديو حريق كبير في سوق الخميس بالرباط اليوم"));
    for (int i = 0; i < 30; i++) {
      index.put(new Claim("filler-" + i, "خبر رقم " + i + " حول موضوع عام " + i, "نص إخباري عادي عن الطقس والرياضة " + i));
    }
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void matchesARumourToItsTruthStatement() {
    List<ClaimMatch> matches = index.match("عاجل 😱 عصابة كتختطف الدراري قدام مدرسة فطنجة بسيارة بيضاء #طنجة", 3);
    assertThat(matches).isNotEmpty();
    assertThat(matches.getFirst().claimId()).isEqualTo("c-kidnap");
    assertThat(matches.getFirst().rank()).isEqualTo(1);
    assertThat(matches.getFirst().score()).isBetween(0.0, 1.0);
  }

  @Test
  void matchesTheRumourAndItsDenialToTheSameClaim() {
    String rumour = "اللقاح ديال كورونا كيسبب العقم للنساء، ردو البال!";
    String denial = "ماشي صحيح بلي اللقاح المضاد لكورونا كيسبب العقم";
    assertThat(index.match(rumour, 1).getFirst().claimId()).isEqualTo("c-vaccine");
    assertThat(index.match(denial, 1).getFirst().claimId()).isEqualTo("c-vaccine");
  }

  @Test
  void readsDarijaWordsAsTheirMsaEquivalents() {
    index.put(new Claim("c-arrest", "بيان حقيقة: لا صحة لاعتقال الشرطة أطفالا أمام مدرسة بمكناس",
        "تدوينة تزعم أن الشرطة اعتقلت أطفالا أمام مدرسة بمكناس"));
    index.put(new Claim("c-school", "بيان حقيقة: مدرسة بمكناس لم تغلق أبوابها", "خبر عن إغلاق مدرسة بمكناس"));
    // البوليس = الشرطة, الدراري = الأطفال, قدام = أمام: only "مدرسة" and "مكناس" are written alike
    List<ClaimMatch> matches = index.match("البوليس شدو الدراري قدام مدرسة فمكناس", 2);
    assertThat(matches).extracting(ClaimMatch::claimId).first().isEqualTo("c-arrest");
    assertThat(matches.getFirst().verdict()).isNotEqualTo(Verdict.NONE);
  }

  @Test
  void matchesAnArabiziPost() {
    assertThat(index.match("wach bsa7 lga7 dyal corona kaysabab l3o9m?", 1)).isNotEmpty();
    assertThat(index.match("ghrama 500 dirham 3la lkmama f tomobil", 1).getFirst().claimId()).isEqualTo("c-fine");
  }

  @Test
  void scoresAreCalibratedAndOrdered() {
    List<ClaimMatch> matches = index.match("غرامة 500 درهم على من لا يضع الكمامة داخل السيارة", 5);
    for (int i = 1; i < matches.size(); i++) {
      assertThat(matches.get(i).score()).isLessThanOrEqualTo(matches.get(i - 1).score());
    }
    assertThat(matches.getFirst().claimId()).isEqualTo("c-fine");
    assertThat(matches.getFirst().verdict()).isNotEqualTo(Verdict.NONE);
  }

  @Test
  void aPostOnTheSameTopicThatRepeatsNoClaimIsNotAnswered() {
    // best candidate c-fire, through the market's name; but the post is about something else: it may be shown to
    // staff (it scores 0.10: same market, same city), never answered, and far below a repost of the rumour
    String otherNews = "السلطات المحلية بالرباط تعلن عن إعادة تهيئة سوق الخميس وتنظيم الباعة المتجولين ابتداء من الشهر المقبل";
    List<ClaimMatch> other = index.match(otherNews, 1);
    assertThat(other).allMatch(m -> m.verdict() != Verdict.CONFIRM && m.score() < 0.2);
    String repost = "فيديو حريق كبير فسوق الخميس بالرباط اليوم 🔥🔥";
    assertThat(index.match(repost, 1).getFirst()).satisfies(m -> {
      assertThat(m.claimId()).isEqualTo("c-fire");
      assertThat(m.verdict()).isEqualTo(Verdict.CONFIRM);
    });
  }

  @Test
  void findsAClaimThatSharesNoWordWithThePostThroughItsCharacterGrams() {
    index.put(new Claim("c-coach", "بيان حقيقة: المدرب غاتوزو باق", "المدرب غاتوزو يغادر الوداد"));
    assertThat(index.match("جاتوزو", 1)).extracting(ClaimMatch::claimId).containsExactly("c-coach");
    assertThat(index.retrieve("جاتوزو", null)).extracting(c -> c.claim().id()).contains("c-coach");
  }

  @Test
  void verdictsFollowTheThresholds() {
    MatchThresholds thresholds = new MatchThresholds(0.2, 0.8);
    assertThat(thresholds.verdict(0.9)).isEqualTo(Verdict.CONFIRM);
    assertThat(thresholds.verdict(0.5)).isEqualTo(Verdict.SUGGEST);
    assertThat(thresholds.verdict(0.1)).isEqualTo(Verdict.NONE);
    assertThatThrownBy(() -> new MatchThresholds(0.9, 0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reRanksOnlyTheGivenCandidates() {
    List<ClaimMatch> matches = index.rerank("حريق في سوق الخميس بالرباط", List.of("c-vaccine", "c-fire", "unknown"), 10);
    assertThat(matches).extracting(ClaimMatch::claimId).containsExactly("c-fire", "c-vaccine");
  }

  @Test
  void aClaimBeingCorrectedStaysFindableByConcurrentSearches() throws Exception {
    // a correction replaces the claim; a search that began on the index before the replacement must still find it
    String rumour = "عصابة كتختطف الدراري قدام مدرسة فطنجة بسيارة بيضاء";
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> corrections = pool.submit(() -> {
        for (int i = 0; i < 2_000; i++) {
          index.put(new Claim("c-kidnap", "بيان حقيقة: لا صحة لاختطاف الأطفال بطنجة (تصحيح " + i + ")",
              "فيديو يزعم اختطاف أطفال أمام مدرسة في طنجة من طرف عصابة تستعمل سيارة بيضاء"));
        }
        done.set(true);
      });
      List<Future<Integer>> searchers = List.of(pool.submit(() -> missesUntil(done, rumour)),
          pool.submit(() -> missesUntil(done, rumour)));
      corrections.get();
      for (Future<Integer> searcher : searchers) {
        assertThat(searcher.get()).as("searches that missed the claim being corrected").isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.retrieve(rumour, null).getFirst().claim().title()).endsWith("(تصحيح 1999)");
    assertThat(index.size()).isEqualTo(34);
  }

  private int missesUntil(AtomicBoolean done, String rumour) {
    int missed = 0;
    while (!done.get()) {
      List<ClaimMatch> found = index.match(rumour, 1);
      if (found.isEmpty() || !found.getFirst().claimId().equals("c-kidnap")) {
        missed++;
      }
    }
    return missed;
  }

  @Test
  void addsReplacesAndRemovesClaims() {
    index.put(new Claim("c-new", "بيان حقيقة: لا زلزال في أكادير", "زلزال قوي يضرب أكادير هذه الليلة"));
    assertThat(index.match("زلزال قوي فأكادير دابا", 1).getFirst().claimId()).isEqualTo("c-new");
    assertThat(index.remove("c-new")).isTrue();
    assertThat(index.remove("c-new")).isFalse();
    assertThat(index.match("زلزال قوي فأكادير دابا", 5)).extracting(ClaimMatch::claimId).doesNotContain("c-new");
    index.put(new Claim("c-fire", "تحديث", "مباراة كرة القدم"));
    assertThat(index.size()).isEqualTo(34);
  }

  @Test
  void anExtraReRankerCanChangeTheOrder() {
    try (ClaimIndex withSemantic = ClaimIndex.builder()
        .reRanker((post, candidates, logits) -> {
          for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).claim().id().equals("c-fire")) {
              logits[i] += 100;
            }
          }
        }).build()) {
      withSemantic.put(new Claim("c-fire", "حريق سوق الخميس", "حريق سوق"));
      withSemantic.put(new Claim("c-fine", "غرامة الكمامة", "غرامة 500 درهم الكمامة سوق"));
      assertThat(withSemantic.match("غرامة الكمامة في السوق", 1).getFirst().claimId()).isEqualTo("c-fire");
    }
  }

  @Test
  void badInputGivesAnEmptyResult() {
    assertThat(index.match("", 5)).isEmpty();
    assertThat(index.match(null, 5)).isEmpty();
    assertThat(index.match("😂😂😂 https://t.co/x", 5)).isEmpty();
    assertThat(index.match("كورونا", 0)).isEmpty();
    assertThat(index.match("كورونا اللقاح ".repeat(80_000), 3)).isNotEmpty();
    assertThatThrownBy(() -> new Claim(" ", "t", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The service's first statements: with three claims, every word none of them uses ("news", "Morocco", "today")
   * would weigh as much as the rarest name and drown the repeat; the shipped background counts know those words
   * are common.
   */
  @Test
  void aSmallPoolStillSeesARumourAmongCommonWords() {
    String repeat = "خبر عاجل من المغرب اليوم: اللقاح يسبب العقم حسب مصادر طبية، انشروا";
    String sameTopic = "وزير الصحة يتحدث عن حملة التلقيح ضد كورونا في المغرب";
    try (ClaimIndex withBackground = firstStatements(ClaimIndex.builder());
        ClaimIndex poolOnly = firstStatements(ClaimIndex.builder().background(List.of()))) {
      ClaimMatch seen = withBackground.match(repeat, 1).getFirst();
      assertThat(seen.claimId()).isEqualTo("c-vaccine");
      assertThat(seen.verdict()).isNotEqualTo(Verdict.NONE);
      assertThat(poolOnly.match(repeat, 1).getFirst().verdict()).isEqualTo(Verdict.NONE);
      assertThat(withBackground.match(sameTopic, 1).getFirst().verdict()).isEqualTo(Verdict.NONE);
    }
  }

  /** The shipped background is Arabic: French statements and posts are weighed by the pool's own counts. */
  @Test
  void aFrenchPoolIsLeftToItsOwnCounts() {
    String post = "Urgent : un gang enlève des enfants devant une école à Tanger, partagez !";
    try (ClaimIndex withBackground = firstStatements(ClaimIndex.builder());
        ClaimIndex poolOnly = firstStatements(ClaimIndex.builder().background(List.of()))) {
      for (ClaimIndex index : List.of(withBackground, poolOnly)) {
        index.put(new Claim("c-kidnap/fr", "Démenti : aucun enlèvement d'enfants à Tanger",
            "Une vidéo prétend qu'un gang enlève des enfants devant une école à Tanger"));
        index.put(new Claim("c-fine/fr", "Démenti : pas d'amende de 500 dirhams pour le masque en voiture",
            "Une amende de 500 dirhams pour ceux qui ne portent pas le masque dans leur voiture"));
      }
      ClaimMatch seen = withBackground.match(post, 1).getFirst();
      assertThat(seen.claimId()).isEqualTo("c-kidnap/fr");
      assertThat(seen.score()).isEqualTo(poolOnly.match(post, 1).getFirst().score());
    }
  }

  private static ClaimIndex firstStatements(ClaimIndex.Builder builder) {
    ClaimIndex first = builder.build();
    first.put(new Claim("c-kidnap", "بيان حقيقة: لا صحة لاختطاف الأطفال بطنجة",
        "فيديو يزعم اختطاف أطفال أمام مدرسة في طنجة من طرف عصابة تستعمل سيارة بيضاء"));
    first.put(new Claim("c-vaccine", "بيان حقيقة: اللقاح المضاد لكورونا لا يسبب العقم",
        "اللقاح المضاد لفيروس كورونا يسبب العقم للنساء والرجال"));
    first.put(new Claim("c-fine", "بيان حقيقة: لا غرامة 500 درهم على عدم وضع الكمامة في السيارة",
        "غرامة 500 درهم على كل من لا يضع الكمامة داخل سيارته الخاصة"));
    return first;
  }
}
