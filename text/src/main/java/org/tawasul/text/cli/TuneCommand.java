package org.tawasul.text.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tawasul.text.Claim;
import org.tawasul.text.ClaimCandidate;
import org.tawasul.text.ClaimIndex;
import org.tawasul.text.rank.BoostedTrees;
import org.tawasul.text.rank.LexicalFeatures;
import org.tawasul.text.rank.LexicalModel;
import org.tawasul.text.rank.ModelFile;

/**
 * {@code tune}: k-fold cross-validation of the lexical re-ranker (linear weights, then boosted trees on top) over
 * labelled queries, then a fit on all of them, and the calibration on the out-of-fold scores. Prints per-fold and
 * mean MAP@5 (BM25 alone, linear, linear + trees), the threshold table of the out-of-fold top-1 scores, and the
 * fitted weights; {@code --out} writes the whole model ({@link ModelFile}).
 */
final class TuneCommand {

  private TuneCommand() {}

  /** The thresholds of the tables: finer near 0, where unrelated posts gather. */
  private static final double[] THRESHOLDS = {0.01, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4,
      0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

  /** A labelled post: its candidates, their feature vectors, and its cross-validation fold. */
  private record Example(String query, Set<String> relevant, List<String> ids, double[][] x, int fold) {}

  /** What a tuning run fits and where the model goes. */
  record Options(int folds, double lambda, float k1, float b, BoostedTrees.Shape trees, Path out) {

    static final Options DEFAULT = new Options(5, 1.0, 1.2f, 0.75f, BoostedTrees.Shape.DEFAULT, null);
  }

  /**
   * @param unrelatedFiles comma-separated posts ({@code id text [group]}) that repeat no claim of the pool, or null;
   *     posts of one group (e.g. reposts of one story) stay in one fold
   * @param holdoutFiles more such posts, used only to check the final calibration, or null
   */
  static String run(Path docsFile, String queryFiles, String qrelsFiles, String unrelatedFiles, String holdoutFiles,
      Options options, PrintStream out) throws IOException {
    int folds = options.folds();
    if (queryFiles == null || qrelsFiles == null) {
      throw new Main.UsageException("tune needs --queries and --qrels");
    }
    List<String[]> docs = Tsv.read(docsFile, "id", "title", "text");
    List<Example> positives = new ArrayList<>();
    List<Example> unrelatedPosts;
    List<Example> holdout;
    try (ClaimIndex index = ClaimIndex.builder().bm25(options.k1(), options.b()).build()) {
      for (String[] d : docs) {
        index.put(new Claim(d[0], d[1], d[2]));
      }
      String[] qf = queryFiles.split(",");
      String[] rf = qrelsFiles.split(",");
      for (int f = 0; f < qf.length; f++) {
        Map<String, Set<String>> qrels = Tsv.qrels(Path.of(rf[f]));
        for (String[] q : Tsv.read(Path.of(qf[f]), "id", "text")) {
          Set<String> relevant = qrels.get(q[0]);
          if (relevant != null) {
            positives.add(example(index, q[0], q[1], relevant, 0));
          }
        }
      }
      unrelatedPosts = unrelated(index, unrelatedFiles, folds);
      holdout = unrelated(index, holdoutFiles, folds);
    }
    List<Example> shuffled = new ArrayList<>(positives);
    Collections.shuffle(shuffled, new Random(20260101L));
    for (int i = 0; i < shuffled.size(); i++) {
      Example e = shuffled.get(i);
      shuffled.set(i, new Example(e.query(), e.relevant(), e.ids(), e.x(), i % folds));
    }
    LexicalModel ranking = fitRanking(shuffled, -1, options);
    List<Example> all = new ArrayList<>(shuffled);
    all.addAll(unrelatedPosts);
    // posts that repeat a claim get out-of-fold scores; unrelated posts never train the ranking, so they get the
    // final model's scores, as in use
    double[][] oofScores = new double[all.size()][];
    double[] oofTrees = new double[all.size()];
    for (int i = shuffled.size(); i < all.size(); i++) {
      oofScores[i] = ranking.scores(all.get(i).x());
      oofTrees[i] = ranking.treePart(oofScores[i], all.get(i).x());
    }
    double sumBm25 = 0;
    double sumLinear = 0;
    double sumModel = 0;
    for (int k = 0; k < folds; k++) {
      LexicalModel model = fitRanking(shuffled, k, options);
      LexicalModel linear = new LexicalModel(model.weights(), model.calibration());
      double foldBm25 = 0;
      double foldLinear = 0;
      double foldModel = 0;
      int n = 0;
      for (int i = 0; i < shuffled.size(); i++) {
        Example e = shuffled.get(i);
        if (e.fold() == k) {
          oofScores[i] = model.scores(e.x());
          oofTrees[i] = model.treePart(oofScores[i], e.x());
          foldBm25 += ap5(e.ids(), e.relevant());
          foldLinear += ap5(rank(e, linear.scores(e.x())), e.relevant());
          foldModel += ap5(rank(e, oofScores[i]), e.relevant());
          n++;
        }
      }
      out.println("{\"fold\":" + k + ",\"queries\":" + n + ",\"bm25_map5\":" + Measurements.num(foldBm25 / n)
          + ",\"linear_map5\":" + Measurements.num(foldLinear / n) + ",\"reranked_map5\":"
          + Measurements.num(foldModel / n) + "}");
      sumBm25 += foldBm25;
      sumLinear += foldLinear;
      sumModel += foldModel;
    }
    // calibration, cross-validated on the same folds: each post's top-1 probability from a fit without its fold
    double[] oofTop = new double[all.size()];
    for (int k = 0; k < folds; k++) {
      double[] c = fitCalibration(all, oofScores, oofTrees, k);
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).fold() == k) {
          oofTop[i] = LexicalModel.topProbability(c, oofScores[i], all.get(i).x(), oofTrees[i]);
        }
      }
    }
    double[] calibration = fitCalibration(all, oofScores, oofTrees, -1);
    thresholdTable(all, oofScores, oofTop, out);
    LexicalModel model = ranking.withCalibration(calibration);
    if (!holdout.isEmpty()) {
      holdoutTable(model, holdout, out);
    }
    if (options.out() != null) {
      try (Writer w = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
        ModelFile.write(model, "tawasul-text tune: " + shuffled.size() + " posts that repeat a claim, "
            + unrelatedPosts.size() + " that repeat none, lambda " + options.lambda() + ", " + options.trees(), w);
      }
    }
    double[] w = model.weights();
    StringBuilder weights = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      weights.append(i == 0 ? "" : ",").append('"').append(LexicalFeatures.NAMES[i]).append("\":")
          .append(Measurements.num(w[i]));
    }
    int q = shuffled.size();
    return "{\"command\":\"tune\",\"queries\":" + q + ",\"unrelated_posts\":" + unrelatedPosts.size()
        + ",\"folds\":" + folds + ",\"lambda\":" + options.lambda() + ",\"trees\":" + model.trees().size()
        + ",\"cv_bm25_map5\":" + Measurements.num(sumBm25 / q) + ",\"cv_linear_map5\":"
        + Measurements.num(sumLinear / q) + ",\"cv_reranked_map5\":"
        + Measurements.num(sumModel / q) + ",\"weights\":{" + weights + "},\"weights_array\":"
        + rounded(w) + ",\"calibration\":" + rounded(calibration) + "}";
  }

  private static String rounded(double[] values) {
    return Arrays.toString(Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray());
  }

  private static Example example(ClaimIndex index, String id, String text, Set<String> relevant, int fold) {
    List<ClaimCandidate> candidates = index.retrieve(text, null);
    List<String> ids = candidates.stream().map(c -> c.claim().id()).toList();
    return new Example(id, relevant, ids, index.features(text, candidates), fold);
  }

  /** Posts that repeat no claim, each in the fold of its group (its id when there is no group column). */
  private static List<Example> unrelated(ClaimIndex index, String files, int folds) throws IOException {
    List<Example> out = new ArrayList<>();
    if (files == null) {
      return out;
    }
    for (String f : files.split(",")) {
      Path file = Path.of(f);
      boolean grouped = Tsv.columns(file).contains("group");
      for (String[] p : grouped ? Tsv.read(file, "id", "text", "group") : Tsv.read(file, "id", "text")) {
        String group = grouped && !p[2].isEmpty() ? p[2] : p[0];
        out.add(example(index, p[0], p[1], Set.of(), Math.floorMod(group.hashCode() * 0x9E3779B9, folds)));
      }
    }
    return out;
  }

  /**
   * The ranking fitted on every post outside fold {@code except} (-1: on all): the linear weights, then the trees
   * on the linear scores. The calibration is a placeholder ({@code p = σ(z)}).
   */
  private static LexicalModel fitRanking(List<Example> examples, int except, Options options) {
    List<double[][]> xs = new ArrayList<>();
    List<boolean[]> ys = new ArrayList<>();
    for (Example e : examples) {
      if (e.fold() != except) {
        xs.add(e.x());
        ys.add(labels(e));
      }
    }
    LexicalModel linear = new LexicalModel(LexicalModel.fitRanking(xs, ys, options.lambda()), new double[] {1, 0, 0});
    if (options.trees().trees() == 0) {
      return linear;
    }
    List<double[]> base = xs.stream().map(linear::scores).toList();
    return new LexicalModel(linear.weights(), BoostedTrees.fit(xs, ys, base, options.trees()), linear.calibration());
  }

  /** The calibration fitted on every post outside fold {@code except} (-1: on all). */
  private static double[] fitCalibration(List<Example> all, double[][] scores, double[] trees, int except) {
    List<Double> ts = new ArrayList<>();
    List<double[]> zs = new ArrayList<>();
    List<double[][]> xs = new ArrayList<>();
    List<boolean[]> ys = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      if (e.fold() != except && scores[i].length > 0) {
        zs.add(scores[i]);
        ts.add(trees[i]);
        xs.add(e.x());
        ys.add(labels(e));
      }
    }
    return LexicalModel.fitCalibration(zs, xs, ys, ts);
  }

  /** The calibrated probability of the best-scored candidate (0 when there is none). */
  private static double top(LexicalModel calibrated, double[] z, double[][] x) {
    int best = LexicalModel.argMax(z);
    return best < 0 ? 0 : calibrated.probabilities(z, x)[best];
  }

  /**
   * For each threshold, on out-of-fold probabilities: how many posts that repeat a claim have their top-1 above it
   * and how often that top-1 is right, and the share of posts that repeat no claim whose top-1 is above it (a
   * false suggestion or a false automatic answer).
   */
  private static void thresholdTable(List<Example> all, double[][] scores, double[] top, PrintStream out) {
    boolean[] correct = new boolean[all.size()];
    int totalCorrect = 0;
    int posts = 0;
    int unrelated = 0;
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      if (e.relevant().isEmpty()) {
        unrelated++;
        continue;
      }
      posts++;
      int best = LexicalModel.argMax(scores[i]);
      correct[i] = best >= 0 && e.relevant().contains(e.ids().get(best));
      totalCorrect += correct[i] ? 1 : 0;
    }
    for (double t : THRESHOLDS) {
      int above = 0;
      int right = 0;
      int falseAlarms = 0;
      for (int i = 0; i < all.size(); i++) {
        if (top[i] >= t) {
          if (all.get(i).relevant().isEmpty()) {
            falseAlarms++;
          } else {
            above++;
            right += correct[i] ? 1 : 0;
          }
        }
      }
      out.println("{\"threshold\":" + Measurements.num(t) + ",\"top1_above\":" + above + ",\"precision\":"
          + Measurements.num(above == 0 ? 1 : right / (double) above) + ",\"recall_of_correct_top1\":"
          + Measurements.num(totalCorrect == 0 ? 0 : right / (double) totalCorrect) + ",\"share_of_queries\":"
          + Measurements.num(posts == 0 ? 0 : right / (double) posts) + ",\"unrelated_above\":" + falseAlarms
          + ",\"unrelated_share\":" + Measurements.num(unrelated == 0 ? 0 : falseAlarms / (double) unrelated)
          + "}");
    }
  }

  /** The share of held-out unrelated posts whose top-1 reaches each threshold under the final model. */
  private static void holdoutTable(LexicalModel model, List<Example> holdout, PrintStream out) {
    double[] top = new double[holdout.size()];
    for (int i = 0; i < top.length; i++) {
      Example e = holdout.get(i);
      top[i] = top(model, model.scores(e.x()), e.x());
    }
    for (double t : THRESHOLDS) {
      int above = 0;
      for (double p : top) {
        above += p >= t ? 1 : 0;
      }
      out.println("{\"holdout_threshold\":" + Measurements.num(t) + ",\"holdout_posts\":" + top.length
          + ",\"holdout_above\":" + above + ",\"holdout_share\":" + Measurements.num(above / (double) top.length)
          + "}");
    }
  }

  private static boolean[] labels(Example e) {
    boolean[] y = new boolean[e.ids().size()];
    for (int j = 0; j < y.length; j++) {
      y[j] = e.relevant().contains(e.ids().get(j));
    }
    return y;
  }

  private static List<String> rank(Example e, double[] z) {
    Integer[] order = new Integer[e.ids().size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> z[b] != z[a] ? Double.compare(z[b], z[a]) : Integer.compare(a, b));
    List<String> out = new ArrayList<>();
    for (int i : order) {
      out.add(e.ids().get(i));
    }
    return out;
  }

  /** AP@5 as CheckThat! 2021 scores it: precision at each relevant hit in the top 5, over all relevant. */
  static double ap5(List<String> ranked, Set<String> relevant) {
    int hits = 0;
    double sum = 0;
    for (int i = 0; i < Math.min(5, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        hits++;
        sum += hits / (double) (i + 1);
      }
    }
    return relevant.isEmpty() ? 0 : sum / relevant.size();
  }
}
