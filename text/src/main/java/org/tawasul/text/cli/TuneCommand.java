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
import org.tawasul.text.rank.LogisticModel;

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
    if (queryFiles == null || qrelsFiles == null) {
      throw new Main.UsageException("tune needs --queries and --qrels");
    }
    List<String[]> docs = Tsv.read(docsFile, "id", "title", "text");
    List<Example> examples = new ArrayList<>();
    try (ClaimIndex index = ClaimIndex.builder().build()) {
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
    double[] oofTop = new double[shuffled.size()];
    boolean[] oofCorrect = new boolean[shuffled.size()];
    double sumBm25 = 0;
    double sumModel = 0;
    for (int k = 0; k < folds; k++) {
      List<double[]> rows = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds != k) {
          addRows(shuffled.get(i), rows, labels);
        }
      }
      LogisticModel model = LogisticModel.fit(rows, labels, lambda);
      double foldBm25 = 0;
      double foldModel = 0;
      int n = 0;
      for (int i = 0; i < shuffled.size(); i++) {
        if (i % folds == k) {
          Example e = shuffled.get(i);
          foldBm25 += ap5(e.ids(), e.relevant());
          List<String> ranked = rank(e, model);
          foldModel += ap5(ranked, e.relevant());
          if (!ranked.isEmpty()) {
            oofTop[i] = LogisticModel.sigmoid(model.logit(e.x()[e.ids().indexOf(ranked.getFirst())]));
            oofCorrect[i] = e.relevant().contains(ranked.getFirst());
          }
          n++;
        }
      }
      out.println("{\"fold\":" + k + ",\"queries\":" + n + ",\"bm25_map5\":" + Measurements.num(foldBm25 / n)
          + ",\"reranked_map5\":" + Measurements.num(foldModel / n) + "}");
      sumBm25 += foldBm25;
      sumModel += foldModel;
    }
    for (double t = 0.05; t < 0.96; t += 0.05) {
      int above = 0;
      int correct = 0;
      for (int i = 0; i < oofTop.length; i++) {
        if (oofTop[i] >= t) {
          above++;
          if (oofCorrect[i]) {
            correct++;
          }
        }
      }
      int totalCorrect = 0;
      for (boolean c : oofCorrect) {
        totalCorrect += c ? 1 : 0;
      }
      out.println("{\"threshold\":" + Measurements.num(t) + ",\"top1_above\":" + above + ",\"precision\":"
          + Measurements.num(above == 0 ? 1 : correct / (double) above) + ",\"recall_of_correct_top1\":"
          + Measurements.num(totalCorrect == 0 ? 0 : correct / (double) totalCorrect) + ",\"share_of_queries\":"
          + Measurements.num(correct / (double) oofTop.length) + "}");
    }
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (Example e : shuffled) {
      addRows(e, rows, labels);
    }
    LogisticModel all = LogisticModel.fit(rows, labels, lambda);
    StringBuilder weights = new StringBuilder();
    double[] w = all.weights();
    for (int i = 0; i < w.length; i++) {
      weights.append(i == 0 ? "" : ",").append('"').append(LexicalFeatures.NAMES[i]).append("\":")
          .append(Measurements.num(w[i]));
    }
    int q = shuffled.size();
    return "{\"command\":\"tune\",\"queries\":" + q + ",\"folds\":" + folds + ",\"lambda\":" + lambda
        + ",\"cv_bm25_map5\":" + Measurements.num(sumBm25 / q) + ",\"cv_reranked_map5\":"
        + Measurements.num(sumModel / q) + ",\"weights\":{" + weights + "},\"weights_array\":"
        + Arrays.toString(Arrays.stream(w).map(v -> Math.round(v * 1000) / 1000.0).toArray()) + "}";
  }

  private static void addRows(Example e, List<double[]> rows, List<Boolean> labels) {
    for (int j = 0; j < e.ids().size(); j++) {
      rows.add(e.x()[j]);
      labels.add(e.relevant().contains(e.ids().get(j)));
    }
  }

  private static List<String> rank(Example e, LogisticModel model) {
    Integer[] order = new Integer[e.ids().size()];
    double[] z = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      z[i] = model.logit(e.x()[i]);
    }
    Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : z[b] != z[a] ? Double.compare(z[b], z[a]) : Integer.compare(a, b));
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
