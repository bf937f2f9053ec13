package org.tawasul.text.cli;

import java.io.IOException;
import java.io.PrintStream;
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
import org.tawasul.text.rank.LexicalFeatures;
import org.tawasul.text.rank.LexicalModel;

/**
 * {@code tune}: k-fold cross-validation of the lexical re-ranker's logistic weights over labelled queries, then a
 * fit on all of them. Prints per-fold and mean MAP@5 (BM25 alone vs re-ranked), the threshold table of the
 * out-of-fold top-1 scores, and the fitted weights.
 */
final class TuneCommand {

  private TuneCommand() {}

  private record Example(String query, Set<String> relevant, List<String> ids, double[][] x) {}

  static String run(Path docsFile, String queryFiles, String qrelsFiles, int folds, double lambda, PrintStream out)
      throws IOException {
    return run(docsFile, queryFiles, qrelsFiles, folds, lambda, 1.2f, 0.75f, out);
  }

  static String run(Path docsFile, String queryFiles, String qrelsFiles, int folds, double lambda, float k1, float b,
      PrintStream out) throws IOException {
    if (queryFiles == null || qrelsFiles == null) {
      throw new Main.UsageException("tune needs --queries and --qrels");
    }
    List<String[]> docs = Tsv.read(docsFile, "id", "title", "text");
    List<Example> examples = new ArrayList<>();
    try (ClaimIndex index = ClaimIndex.builder().bm25(k1, b).build()) {
      for (String[] d : docs) {
        index.put(new Claim(d[0], d[1], d[2]));
      }
      String[] qf = queryFiles.split(",");
      String[] rf = qrelsFiles.split(",");
      for (int f = 0; f < qf.length; f++) {
        Map<String, Set<String>> qrels = Tsv.qrels(Path.of(rf[f]));
        for (String[] q : Tsv.read(Path.of(qf[f]), "id", "text")) {
          Set<String> relevant = qrels.get(q[0]);
          if (relevant == null) {
            continue;
          }
          List<ClaimCandidate> candidates = index.retrieve(q[1], null);
          List<String> ids = candidates.stream().map(c -> c.claim().id()).toList();
          examples.add(new Example(q[0], relevant, ids, index.features(q[1], candidates)));
        }
      }
    }
    List<Example> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(20260101L));
    double[][] oofScores = new double[shuffled.size()][];
    double sumBm25 = 0;
    double sumModel = 0;
    for (int k = 0; k < folds; k++) {
      List<double[][]> xs = new ArrayList<>();
      List<boolean[]> ys = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds != k) {
          xs.add(shuffled.get(i).x());
          ys.add(labels(shuffled.get(i)));
        }
      }
      double[] w = LexicalModel.fitRanking(xs, ys, lambda);
      LexicalModel model = new LexicalModel(w, new double[] {1, 0, 0});
      double foldBm25 = 0;
      double foldModel = 0;
      int n = 0;
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds == k) {
          Example e = shuffled.get(i);
          foldBm25 += ap5(e.ids(), e.relevant());
          double[] z = new double[e.ids().size()];
          for (int j = 0; j < z.length; j++) {
            z[j] = model.score(e.x()[j]);
          }
          oofScores[i] = z;
          foldModel += ap5(rank(e, z), e.relevant());
          n++;
        }
      }
      out.println("{\"fold\":" + k + ",\"queries\":" + n + ",\"bm25_map5\":" + Measurements.num(foldBm25 / n)
          + ",\"reranked_map5\":" + Measurements.num(foldModel / n) + "}");
      sumBm25 += foldBm25;
      sumModel += foldModel;
    }
    List<double[]> zs = new ArrayList<>();
    List<boolean[]> ys = new ArrayList<>();
    List<double[][]> xs = new ArrayList<>();
    for (int i = 0; i < shuffled.size(); i++) {
      zs.add(oofScores[i]);
      ys.add(labels(shuffled.get(i)));
      xs.add(shuffled.get(i).x());
    }
    double[] calibration = LexicalModel.fitCalibration(zs, ys);
    LexicalModel oof = new LexicalModel(new double[LexicalFeatures.SIZE], calibration);
    thresholdTable(shuffled, oofScores, oof, out);
    double[] w = LexicalModel.fitRanking(xs, ys, lambda);
    StringBuilder weights = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      weights.append(i == 0 ? "" : ",").append('"').append(LexicalFeatures.NAMES[i]).append("\":")
          .append(Measurements.num(w[i]));
    }
    int q = shuffled.size();
    return "{\"command\":\"tune\",\"queries\":" + q + ",\"folds\":" + folds + ",\"lambda\":" + lambda
        + ",\"cv_bm25_map5\":" + Measurements.num(sumBm25 / q) + ",\"cv_reranked_map5\":"
        + Measurements.num(sumModel / q) + ",\"weights\":{" + weights + "},\"weights_array\":"
        + Arrays.toString(Arrays.stream(w).map(v -> Math.round(v * 1000) / 1000.0).toArray())
        + ",\"calibration\":" + Arrays.toString(Arrays.stream(calibration).map(v -> Math.round(v * 1000) / 1000.0)
        .toArray()) + "}";
  }

  /** Precision and recall of the top-1 answer above each calibrated threshold, on out-of-fold scores. */
  private static void thresholdTable(List<Example> examples, double[][] scores, LexicalModel calibrated,
      PrintStream out) {
    double[] top = new double[examples.size()];
    boolean[] correct = new boolean[examples.size()];
    int totalCorrect = 0;
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (scores[i].length == 0) {
        continue;
      }
      double[] p = calibrated.probabilities(scores[i]);
      int best = 0;
      for (int j = 1; j < p.length; j++) {
        if (scores[i][j] > scores[i][best]) {
          best = j;
        }
      }
      top[i] = p[best];
      correct[i] = e.relevant().contains(e.ids().get(best));
      totalCorrect += correct[i] ? 1 : 0;
    }
    for (int step = 1; step < 20; step++) {
      double t = step * 0.05;
      int above = 0;
      int right = 0;
      for (int i = 0; i < top.length; i++) {
        if (top[i] >= t) {
          above++;
          right += correct[i] ? 1 : 0;
        }
      }
      out.println("{\"threshold\":" + Measurements.num(t) + ",\"top1_above\":" + above + ",\"precision\":"
          + Measurements.num(above == 0 ? 1 : right / (double) above) + ",\"recall_of_correct_top1\":"
          + Measurements.num(totalCorrect == 0 ? 0 : right / (double) totalCorrect) + ",\"share_of_queries\":"
          + Measurements.num(right / (double) top.length) + "}");
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
