package org.tawasul.text.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {

  private static final int SKELETONS = index("c_root_cov_text");
  private static final int GRAMS = index("gram_contain_text");

  private static int index(String name) {
    return List.of(LexicalFeatures.NAMES).indexOf(name);
  }

  /**
   * Each post's right claim is covered either by its skeletons or by its character grams (one high, the other
   * low); the wrong claims are covered both ways equally, little, half or much. No weighted sum ranks both kinds of
   * right claim first (to beat "little" both weights must be positive, to beat "much" one must be negative): it is
   * an exclusive or, which trees of depth 2 learn.
   */
  @Test
  void treesLearnEitherOrEvidenceThatALinearScoreCannot() {
    Random random = new Random(7);
    List<double[][]> queries = new ArrayList<>();
    List<boolean[]> labels = new ArrayList<>();
    for (int q = 0; q < 200; q++) {
      double[][] x = new double[10][LexicalFeatures.SIZE];
      boolean[] y = new boolean[10];
      int right = random.nextInt(10);
      for (int i = 0; i < 10; i++) {
        if (i == right) {
          double high = 0.8 + 0.1 * random.nextDouble();
          double low = 0.1 * random.nextDouble();
          x[i][SKELETONS] = q % 2 == 0 ? high : low;
          x[i][GRAMS] = q % 2 == 0 ? low : high;
          y[i] = true;
        } else {
          double level = 0.4 * (i % 3) + 0.05; // both low, both half, both high
          x[i][SKELETONS] = level + 0.1 * random.nextDouble();
          x[i][GRAMS] = level + 0.1 * random.nextDouble();
        }
      }
      queries.add(x);
      labels.add(y);
    }
    List<double[][]> train = queries.subList(0, 100);
    List<double[][]> test = queries.subList(100, 200);
    double[] w = LexicalModel.fitRanking(train, labels.subList(0, 100), 1.0);
    LexicalModel linear = new LexicalModel(w, new double[] {1, 0, 0});
    BoostedTrees trees = BoostedTrees.fit(train, labels.subList(0, 100), train.stream().map(linear::scores).toList(),
        BoostedTrees.Shape.DEFAULT);
    LexicalModel boosted = new LexicalModel(w, trees, new double[] {1, 0, 0});

    assertThat(trees.size()).isEqualTo(50);
    assertThat(rightFirst(linear, test, labels.subList(100, 200))).isLessThanOrEqualTo(60);
    assertThat(rightFirst(boosted, test, labels.subList(100, 200))).isGreaterThanOrEqualTo(95);
  }

  private static int rightFirst(LexicalModel model, List<double[][]> queries, List<boolean[]> labels) {
    int n = 0;
    for (int q = 0; q < queries.size(); q++) {
      n += labels.get(q)[LexicalModel.argMax(model.scores(queries.get(q)))] ? 1 : 0;
    }
    return n;
  }

  @Test
  void aTreeSendsEachVectorToOneOfItsFourLeaves() throws IOException {
    LexicalModel model = ModelFile.read(new StringReader(linear()
        + "tree\tc_root_cov_text\t0.5\tgram_contain_text\t0.3\tnumbers\t0\t1\t2\t3\t4\n"));
    double[] x = new double[LexicalFeatures.SIZE];
    assertThat(model.trees().score(x)).isEqualTo(1); // skeletons < 0.5, grams < 0.3
    x[GRAMS] = 0.3;
    assertThat(model.trees().score(x)).isEqualTo(2); // grams not < 0.3
    x[SKELETONS] = 0.5;
    x[index("numbers")] = -1;
    assertThat(model.trees().score(x)).isEqualTo(3); // skeletons not < 0.5, numbers < 0
    x[index("numbers")] = 1;
    assertThat(model.trees().score(x)).isEqualTo(4);
    assertThat(model.score(x)).isEqualTo(4); // linear weights are all 0
  }

  @Test
  void theShippedModelSurvivesItsTextForm() throws IOException {
    LexicalModel shipped = LexicalModel.DEFAULT;
    StringWriter text = new StringWriter();
    ModelFile.write(shipped, "a copy", text);
    LexicalModel copy = ModelFile.read(new StringReader(text.toString()));
    assertThat(text.toString()).startsWith("# a copy\n");
    assertThat(shipped.trees().size()).isEqualTo(50);
    assertThat(copy.weights()).containsExactly(shipped.weights());
    assertThat(copy.calibration()).containsExactly(shipped.calibration());
    assertThat(copy.trees().features()).containsExactly(shipped.trees().features());
    assertThat(copy.trees().thresholds()).containsExactly(shipped.trees().thresholds());
    assertThat(copy.trees().leaves()).containsExactly(shipped.trees().leaves());
    double[] x = new double[LexicalFeatures.SIZE];
    x[SKELETONS] = 0.7;
    assertThat(copy.score(x)).isEqualTo(shipped.score(x), within(0.0));
  }

  @Test
  void aBrokenModelFileSaysWhichLine() {
    assertThatThrownBy(() -> ModelFile.read(new StringReader(linear() + "tree\tno_such\t1\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("model line 3:");
    assertThatThrownBy(() -> ModelFile.read(new StringReader(linear()
        + "tree\tnumbers\tx\tnumbers\t0\tnumbers\t0\t1\t2\t3\t4\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("model line 3:");
    assertThatThrownBy(() -> ModelFile.read(new StringReader(linear()
        + "tree\tno_such\t0\tnumbers\t0\tnumbers\t0\t1\t2\t3\t4\n")))
        .hasMessage("model line 3: no feature no_such");
    assertThatThrownBy(() -> ModelFile.read(new StringReader("# only a comment\n")))
        .hasMessage("a model needs a weights and a calibration line");
    assertThatThrownBy(() -> ModelFile.read(new StringReader("bias\t1\n"))).hasMessage("model line 1: unknown line bias");
    assertThatThrownBy(() -> ModelFile.read(new StringReader("weights\tNaN\n")))
        .hasMessage("model line 1: not a finite number: NaN");
  }

  @Test
  void nothingToLearnGivesNoTrees() {
    double[][] x = new double[3][LexicalFeatures.SIZE];
    BoostedTrees none = BoostedTrees.fit(List.<double[][]>of(x), List.of(new boolean[3]), List.of(new double[3]),
        BoostedTrees.Shape.DEFAULT);
    assertThat(none.size()).isZero();
    assertThat(none.score(x[0])).isZero();
    assertThatThrownBy(() -> new BoostedTrees.Shape(-1, 0.1, 30, 32, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A model file's linear part with all weights 0. */
  private static String linear() {
    return "weights" + "\t0".repeat(LexicalFeatures.SIZE) + "\ncalibration\t1\t0\t0\n";
  }
}
