package org.tawasul.text.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.tawasul.text.Claim;
import org.tawasul.text.ClaimIndex;
import org.tawasul.text.ClaimMatch;
import org.tawasul.text.MatchThresholds;
import org.tawasul.text.rank.BackgroundFrequencies;
import org.tawasul.text.rank.LexicalModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command line on the public evaluation data in {@code ../shared/eval} (beside the repository) and fails
 * when quality drops below the levels reached (docs/text-engine.md). The data must be there: a missing folder is
 * a failure, not a skip.
 */
class EvaluationTest {

  private static Path eval;

  @TempDir
  Path work;

  @BeforeAll
  static void locateEvaluationData() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("eval");
      if (Files.isDirectory(candidate.resolve("claim-matching"))) {
        eval = candidate;
        return;
      }
      dir = dir.getParent();
    }
    fail("evaluation data not found: expected a folder shared/eval (with claim-matching/, news-search/, "
        + "near-duplicates/) beside the repository, i.e. ../shared/eval from the repository root; searched upwards "
        + "from " + Path.of("").toAbsolutePath());
  }

  @Test
  void claimMatchingOnTheWholePoolKeepsItsMap() throws IOException {
    Path run = work.resolve("dev.run");
    Path claims = eval.resolve("claim-matching");
    cli("match", "--docs", claims.resolve("claims.tsv").toString(), "--queries",
        claims.resolve("queries-dev.tsv").toString(), "--out", run.toString(), "--top", "10");
    assertThat(mapAt5(claims.resolve("qrels-dev.txt"), run)).isGreaterThanOrEqualTo(0.89);
  }

  @Test
  void claimMatchingOnTheCandidatesKeepsItsMap() throws IOException {
    Path run = work.resolve("dev-candidates.run");
    Path claims = eval.resolve("claim-matching");
    cli("match", "--docs", claims.resolve("claims.tsv").toString(), "--queries",
        claims.resolve("queries-dev.tsv").toString(), "--candidates", claims.resolve("candidates-dev.tsv").toString(),
        "--out", run.toString());
    assertThat(mapAt5(claims.resolve("qrels-dev.txt"), run)).isGreaterThanOrEqualTo(0.89);
  }

  /**
   * Moroccan news posts that repeat no claim of the pool (the near-duplicates' reposts, less the two stories that do
   * repeat one) must not be answered automatically, and few may be shown to staff; the service's own press
   * sentences, never seen by the tuning, at most one. The right best matches must still reach staff.
   */
  @Test
  void unrelatedPostsAreNeverAnsweredAndRarelySuggested() throws IOException {
    Map<String, String> story = stories();
    List<String> unrelated = new ArrayList<>();
    for (String[] row : Tsv.read(eval.resolve("near-duplicates").resolve("posts.tsv"), "id", "text")) {
      if (!REPEAT_A_CLAIM.contains(story.get(row[0]))) {
        unrelated.add(row[0] + "\t" + row[1].replace('\t', ' '));
      }
    }
    List<Double> posts = topScores(unrelated);
    assertThat(posts.size()).isEqualTo(3218);
    MatchThresholds thresholds = MatchThresholds.DEFAULTS;
    assertThat(posts).noneMatch(p -> p >= thresholds.confirm());
    // 256 (8.0%) when tuned (225 before the trees)
    assertThat(posts.stream().filter(p -> p >= thresholds.suggest()).count()).isLessThanOrEqualTo(270);

    List<String> sentences = new ArrayList<>();
    try (var seeds = Files.list(eval.resolveSibling("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (String sentence : Files.readString(seed).split("(?<=[.!?؟])\\s+|\\n+")) {
          if (sentence.strip().length() > 40) {
            sentences.add("s" + sentences.size() + "\t" + sentence.strip().replace('\t', ' '));
          }
        }
      }
    }
    assertThat(sentences).hasSizeGreaterThan(50);
    // one is suggested since the trees (0.046): "Turkey's army will answer the ceasefire's breach" against the claim
    // "Obama purges the army for not firing on citizens"; none before
    assertThat(topScores(sentences)).filteredOn(p -> p >= thresholds.suggest()).hasSizeLessThanOrEqualTo(1);

    Path claims = eval.resolve("claim-matching");
    Path run = work.resolve("dev-top1.run");
    cli("match", "--docs", claims.resolve("claims.tsv").toString(), "--queries",
        claims.resolve("queries-dev.tsv").toString(), "--out", run.toString(), "--top", "1");
    assertThat(rightBestMatchesSuggested(claims.resolve("qrels-dev.txt"), run))
        .as("dev posts whose right best match reaches suggest").isGreaterThanOrEqualTo(64);
  }

  /**
   * The shipped model is what {@code tune} fits on train + dev and the unrelated posts (headlines included), and
   * out of fold no unrelated post reaches {@code confirm}.
   */
  @Test
  void theShippedModelIsWhatTuneFits() throws IOException {
    Path dups = eval.resolve("near-duplicates");
    Path news = eval.resolve("news-search");
    Map<String, String> story = stories();
    List<String> lines = new ArrayList<>(List.of("id\ttext\tgroup"));
    for (Path file : List.of(dups.resolve("posts.tsv"), news.resolve("queries.tsv"))) {
      for (String[] row : Tsv.read(file, "id", "text")) {
        if (!REPEAT_A_CLAIM.contains(story.get(row[0]))) {
          lines.add(row[0] + "\t" + row[1].replace('\t', ' ') + "\t" + story.get(row[0]));
        }
      }
    }
    Path unrelated = work.resolve("unrelated.tsv");
    Files.write(unrelated, lines, StandardCharsets.UTF_8);
    Path claims = eval.resolve("claim-matching");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path written = work.resolve("model.tsv");
    int status = Main.run(new String[] {"tune", "--docs", claims.resolve("claims.tsv").toString(), "--queries",
        claims.resolve("queries-train.tsv") + "," + claims.resolve("queries-dev.tsv"), "--qrels",
        claims.resolve("qrels-train.txt") + "," + claims.resolve("qrels-dev.txt"), "--unrelated", unrelated.toString(),
        "--out", written.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).isZero();
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(printed.getLast()).contains("\"unrelated_posts\":3816").contains("\"trees\":50")
        .contains("\"cv_linear_map5\":0.872").contains("\"cv_reranked_map5\":0.885");
    String confirmRow = "{\"threshold\":" + Measurements.num(MatchThresholds.DEFAULTS.confirm()) + ",";
    assertThat(printed).filteredOn(l -> l.startsWith(confirmRow)).singleElement().asString()
        .contains("\"unrelated_above\":0,");
    LexicalModel fitted = Tsv.model(written);
    LexicalModel shipped = LexicalModel.DEFAULT;
    assertThat(fitted.calibration()).containsExactly(shipped.calibration(), within(1e-6));
    assertThat(fitted.weights()).containsExactly(shipped.weights(), within(1e-6));
    assertThat(fitted.trees().features()).containsExactly(shipped.trees().features());
    assertThat(fitted.trees().thresholds()).containsExactly(shipped.trees().thresholds(), within(1e-9));
    assertThat(fitted.trees().leaves()).containsExactly(shipped.trees().leaves(), within(1e-6));
  }

  /** The MArSum story of each repost (near-duplicates) and headline (news search). */
  private static Map<String, String> stories() throws IOException {
    Map<String, String> story = new HashMap<>();
    for (String[] row : Tsv.read(eval.resolve("near-duplicates").resolve("gold.tsv"), "id", "cluster")) {
      story.put(row[0], row[1]);
    }
    for (Map.Entry<String, Set<String>> q : Tsv.qrels(eval.resolve("news-search").resolve("qrels.txt")).entrySet()) {
      story.put(q.getKey(), q.getValue().iterator().next());
    }
    return story;
  }

  /**
   * Stories of MArSum (near-duplicates, news search) that do repeat a claim of the pool: Moncef Slaoui's appointment
   * (vclaim-3606). bench/text/eval.sh leaves out the same two.
   */
  static final Set<String> REPEAT_A_CLAIM = Set.of("goud-0011", "goud-0929");

  private List<Double> topScores(List<String> posts) throws IOException {
    Path queries = work.resolve("posts-" + posts.size() + ".tsv");
    Files.write(queries, (Iterable<String>) () -> java.util.stream.Stream.concat(
        java.util.stream.Stream.of("id\ttext"), posts.stream()).iterator(), StandardCharsets.UTF_8);
    Path run = work.resolve("posts-" + posts.size() + ".run");
    cli("match", "--docs", eval.resolve("claim-matching").resolve("claims.tsv").toString(), "--queries",
        queries.toString(), "--out", run.toString(), "--top", "1");
    Map<String, Double> top = new HashMap<>();
    for (String line : Files.readAllLines(run, StandardCharsets.UTF_8)) {
      String[] p = line.split("\\s+");
      top.put(p[0], Double.parseDouble(p[4]));
    }
    List<Double> out = new ArrayList<>();
    for (String post : posts) {
      out.add(top.getOrDefault(post.substring(0, post.indexOf('\t')), 0.0));
    }
    return out;
  }

  /**
   * Darija posts repeating claims of the pool (22 posts written by the team, so a regression check rather than a
   * benchmark: text/src/test/resources/darija): MAP@5 0.708 (0.742 before the trees: 2 posts lost their claim's
   * rank 1, 1 gained), 12 right best matches reach suggest (13 before).
   */
  @Test
  void darijaPostsReachTheirClaims() throws IOException, java.net.URISyntaxException {
    Path darija = Path.of(getClass().getResource("/darija/posts.tsv").toURI()).getParent();
    Path run = work.resolve("darija.run");
    cli("match", "--docs", eval.resolve("claim-matching").resolve("claims.tsv").toString(), "--queries",
        darija.resolve("posts.tsv").toString(), "--out", run.toString(), "--top", "10");
    assertThat(mapAt5(darija.resolve("qrels.txt"), run)).isGreaterThanOrEqualTo(0.70);
    assertThat(rightBestMatchesSuggested(darija.resolve("qrels.txt"), run)).isGreaterThanOrEqualTo(12);
  }

  /** How many posts of a run have a relevant claim at rank 1 with a score that reaches the default suggest. */
  private static long rightBestMatchesSuggested(Path qrels, Path runFile) throws IOException {
    Map<String, Set<String>> relevant = Tsv.qrels(qrels);
    return Files.readAllLines(runFile, StandardCharsets.UTF_8).stream().map(l -> l.split("\\s+"))
        .filter(p -> p[3].equals("1") && relevant.get(p[0]).contains(p[2])
            && Double.parseDouble(p[4]) >= MatchThresholds.DEFAULTS.suggest())
        .count();
  }

  /** The shipped background table is what {@code background} counts over the MArSum articles today. */
  @Test
  void theShippedBackgroundIsWhatTheCommandCounts() throws IOException {
    Path table = work.resolve("background.bin");
    cli("background", "--texts", eval.resolve("news-search").resolve("articles.tsv").toString(), "--out",
        table.toString());
    try (var in = Files.newInputStream(table)) {
      assertThat(BackgroundFrequencies.read(in)).isEqualTo(BackgroundFrequencies.standard());
    }
  }

  /**
   * A service's first statements (pools of 5, 10 and 20 claims: the relevant claims of that many train + dev tweets,
   * 10 draws each): the right best matches that reach suggest and confirm, and the tweets repeating a claim outside
   * the pool (20 a draw) that reach confirm, with the shipped background and with the pool's own counts only.
   */
  @Test
  void smallPoolsSeeTheirRumoursWithTheBackground() throws IOException {
    int[] with = smallPools(ClaimIndex.builder());
    int[] without = smallPools(ClaimIndex.builder().background(List.of()));
    System.out.println("small pools {right top-1, suggested, confirmed, others, others suggested, others confirmed}:"
        + " background " + java.util.Arrays.toString(with) + ", pool only " + java.util.Arrays.toString(without));
    // measured 2026-12-06 with the trees: background {348, 335, 264, 600, 19, 1}, pool only {348, 321, 221, 600, 9,
    // 0}; with the linear model: background {344, 326, 235, 600, 33, 0}, pool only {343, 300, 171, 600, 12, 0}
    assertThat(with[1]).isGreaterThanOrEqualTo(325).isGreaterThanOrEqualTo(without[1] + 10);
    assertThat(with[2]).isGreaterThanOrEqualTo(250).isGreaterThanOrEqualTo(without[2] + 30);
    assertThat(with[4]).isLessThanOrEqualTo(30);
    assertThat(with[5]).isLessThanOrEqualTo(3);
  }

  private static int[] smallPools(ClaimIndex.Builder builder) throws IOException {
    Path c = eval.resolve("claim-matching");
    Map<String, Claim> claims = new HashMap<>();
    for (String[] row : Tsv.read(c.resolve("claims.tsv"), "id", "title", "text")) {
      claims.put(row[0], new Claim(row[0], row[1], row[2]));
    }
    Map<String, Set<String>> relevant = new HashMap<>(Tsv.qrels(c.resolve("qrels-dev.txt")));
    relevant.putAll(Tsv.qrels(c.resolve("qrels-train.txt")));
    List<String[]> tweets = new ArrayList<>(Tsv.read(c.resolve("queries-dev.tsv"), "id", "text"));
    tweets.addAll(Tsv.read(c.resolve("queries-train.tsv"), "id", "text"));
    tweets.removeIf(t -> relevant.getOrDefault(t[0], Set.of()).stream().noneMatch(claims::containsKey));
    MatchThresholds levels = MatchThresholds.DEFAULTS;
    int[] counts = new int[6];
    java.util.Random random = new java.util.Random(20261206);
    for (int size : new int[] {5, 10, 20}) {
      for (int draw = 0; draw < 10; draw++) {
        java.util.Collections.shuffle(tweets, random);
        List<String[]> drawn = tweets.subList(0, size);
        Set<String> pool = new HashSet<>();
        drawn.forEach(t -> pool.addAll(relevant.get(t[0])));
        pool.retainAll(claims.keySet());
        try (ClaimIndex index = builder.build()) {
          pool.forEach(id -> index.put(claims.get(id)));
          for (String[] t : drawn) {
            ClaimMatch best = index.match(t[1], 1).getFirst();
            if (relevant.get(t[0]).contains(best.claimId())) {
              counts[0]++;
              counts[1] += best.score() >= levels.suggest() ? 1 : 0;
              counts[2] += best.score() >= levels.confirm() ? 1 : 0;
            }
          }
          int others = 0;
          for (String[] t : tweets.subList(size, tweets.size())) {
            if (others == 20) {
              break;
            }
            if (java.util.Collections.disjoint(relevant.get(t[0]), pool)) {
              others++;
              List<ClaimMatch> best = index.match(t[1], 1);
              double score = best.isEmpty() ? 0 : best.getFirst().score();
              counts[3]++;
              counts[4] += score >= levels.suggest() ? 1 : 0;
              counts[5] += score >= levels.confirm() ? 1 : 0;
            }
          }
        }
      }
    }
    return counts;
  }

  @Test
  void newsSearchKeepsItsMrr() throws IOException {
    Path run = work.resolve("news.run");
    Path news = eval.resolve("news-search");
    cli("match", "--docs", news.resolve("articles.tsv").toString(), "--queries",
        news.resolve("queries.tsv").toString(), "--out", run.toString());
    assertThat(mrrAt10(news.resolve("qrels.txt"), run)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void groupingKeepsItsBcubedF1() throws IOException {
    Path out = work.resolve("groups.tsv");
    Path dups = eval.resolve("near-duplicates");
    String json = cli("group", "--posts", dups.resolve("posts.tsv").toString(), "--out", out.toString());
    assertThat(json).contains("\"posts\":3232");
    assertThat(bcubedF1(dups.resolve("gold.tsv"), out)).isGreaterThanOrEqualTo(0.998);
  }

  @Test
  void groupingHoldsUpOnHarderReposts() throws IOException {
    Path dups = eval.resolve("near-duplicates");
    Path posts = work.resolve("hard.tsv");
    Path gold = work.resolve("hard-gold.tsv");
    cli("reposts", "--posts", dups.resolve("posts.tsv").toString(), "--gold", dups.resolve("gold.tsv").toString(),
        "--out-posts", posts.toString(), "--out-gold", gold.toString());
    Path out = work.resolve("hard-groups.tsv");
    cli("group", "--posts", posts.toString(), "--out", out.toString());
    assertThat(bcubedF1(gold, out)).isGreaterThanOrEqualTo(0.994);
  }

  @Test
  void reportsUsageErrorsAndMissingFiles() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Main.run(new String[] {"match", "--docs"}, System.out, errStream)).isEqualTo(2);
    assertThat(Main.run(new String[] {"nonsense"}, System.out, errStream)).isEqualTo(2);
    assertThat(Main.run(new String[] {"group", "--posts", work.resolve("missing.tsv").toString(), "--out",
        work.resolve("o.tsv").toString()}, System.out, errStream)).isEqualTo(1);
    assertThat(Main.run(new String[] {"background", "--texts", work.resolve("gone.tsv").toString()}, System.out,
        errStream)).isEqualTo(2);
    Path noText = work.resolve("no-text.tsv");
    Files.writeString(noText, "id\tbody\n1\tخبر\n");
    assertThat(Main.run(new String[] {"background", "--texts", noText.toString(), "--out",
        work.resolve("t.bin").toString()}, System.out, errStream)).isEqualTo(1);
    Path badModel = work.resolve("bad-model.tsv");
    Files.writeString(badModel, "weights\t1\ncalibration\t1\t0\t0\n");
    Path queries = work.resolve("q.tsv");
    Files.writeString(queries, "id\ttext\nq1\tخبر\n");
    assertThat(Main.run(new String[] {"match", "--docs", eval.resolve("claim-matching").resolve("claims.tsv").toString(),
        "--queries", queries.toString(), "--model", badModel.toString(), "--out", work.resolve("r.txt").toString()},
        System.out, errStream)).isEqualTo(1);
    assertThat(Main.run(new String[] {"tune", "--docs", "d.tsv", "--queries", "q.tsv", "--qrels", "r.txt", "--trees",
        "-1"}, System.out, errStream)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage").contains("missing.tsv")
        .contains("missing --out").contains("no column 'text'").contains("bad-model.tsv: need 15 weights")
        .contains("tune: invalid tree shape");
  }

  @Test
  void toleratesInvalidUtf8AndEmptyTexts() throws IOException {
    Path posts = work.resolve("bad.tsv");
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
    try (var out = Files.newOutputStream(posts)) {
      out.write("id\ttext\np1\t".getBytes(StandardCharsets.UTF_8));
      out.write(bad);
      out.write(" خبر\np2\t\np3\t😂😂\n".getBytes(StandardCharsets.UTF_8));
    }
    Path out = work.resolve("bad-groups.tsv");
    String json = cli("group", "--posts", posts.toString(), "--out", out.toString());
    assertThat(json).contains("\"posts\":3");
    assertThat(Files.readAllLines(out)).hasSize(4);
    // the same file as a background corpus: the one text with a content word is counted, the rest skipped
    Path table = work.resolve("bad-background.bin");
    assertThat(cli("background", "--texts", posts.toString(), "--out", table.toString()))
        .contains("\"documents\":1");
    try (var in = Files.newInputStream(table)) {
      assertThat(BackgroundFrequencies.read(in).documents()).isEqualTo(1);
    }
  }

  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String json = out.toString(StandardCharsets.UTF_8).trim();
    assertThat(status).as("exit status; stderr: %s", err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
    return json;
  }

  private static Map<String, List<String>> run(Path file) throws IOException {
    Map<String, List<String>> run = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] p = line.split("\\s+");
      run.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[2]); // written in rank order
    }
    return run;
  }

  static double mapAt5(Path qrels, Path runFile) throws IOException {
    Map<String, Set<String>> rel = Tsv.qrels(qrels);
    Map<String, List<String>> run = run(runFile);
    double sum = 0;
    for (Map.Entry<String, Set<String>> q : rel.entrySet()) {
      sum += TuneCommand.ap5(run.getOrDefault(q.getKey(), List.of()), q.getValue());
    }
    return sum / rel.size();
  }

  static double mrrAt10(Path qrels, Path runFile) throws IOException {
    Map<String, Set<String>> rel = Tsv.qrels(qrels);
    Map<String, List<String>> run = run(runFile);
    double sum = 0;
    for (Map.Entry<String, Set<String>> q : rel.entrySet()) {
      List<String> ranked = run.getOrDefault(q.getKey(), List.of());
      for (int i = 0; i < Math.min(10, ranked.size()); i++) {
        if (q.getValue().contains(ranked.get(i))) {
          sum += 1.0 / (i + 1);
          break;
        }
      }
    }
    return sum / rel.size();
  }

  /** B-cubed F1 as score_clusters.py computes it. */
  static double bcubedF1(Path goldFile, Path predictedFile) throws IOException {
    Map<String, String> gold = new HashMap<>();
    for (String[] row : Tsv.read(goldFile, "id", "cluster")) {
      gold.put(row[0], row[1]);
    }
    Map<String, String> predicted = new HashMap<>();
    for (String[] row : Tsv.read(predictedFile, "id", "cluster")) {
      predicted.put(row[0], row[1]);
    }
    Map<String, Set<String>> goldGroups = new HashMap<>();
    Map<String, Set<String>> predictedGroups = new HashMap<>();
    for (String id : gold.keySet()) {
      goldGroups.computeIfAbsent(gold.get(id), k -> new HashSet<>()).add(id);
      predictedGroups.computeIfAbsent(predicted.getOrDefault(id, "__single__" + id), k -> new HashSet<>()).add(id);
    }
    double precision = 0;
    double recall = 0;
    for (String id : gold.keySet()) {
      Set<String> g = goldGroups.get(gold.get(id));
      Set<String> p = predictedGroups.get(predicted.getOrDefault(id, "__single__" + id));
      Set<String> both = new HashSet<>(g);
      both.retainAll(p);
      precision += both.size() / (double) p.size();
      recall += both.size() / (double) g.size();
    }
    precision /= gold.size();
    recall /= gold.size();
    return 2 * precision * recall / (precision + recall);
  }
}
