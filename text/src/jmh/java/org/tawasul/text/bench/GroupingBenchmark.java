package org.tawasul.text.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tawasul.text.NearDuplicateIndex;
import org.tawasul.text.TextNormalizer;

/**
 * Near-duplicate grouping throughput on one thread: tweet-sized posts added to a fresh index (signature, LSH
 * lookup, verification, insertion). Score = posts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class GroupingBenchmark {

  static final int POSTS = 20_000;

  List<String> posts;
  String[] ids;

  @Setup(Level.Trial)
  public void load() {
    posts = BenchData.tweets(POSTS, 42);
    ids = new String[POSTS];
    for (int i = 0; i < POSTS; i++) {
      ids[i] = "p" + i;
    }
  }

  /** Adds 20,000 tweets to a fresh index: posts per second = score × 20,000. */
  @Benchmark
  @OperationsPerInvocation(POSTS)
  public NearDuplicateIndex addPosts() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    for (int i = 0; i < POSTS; i++) {
      index.add(ids[i], posts.get(i));
    }
    return index;
  }

  /** Normalisation alone, for comparison. */
  @Benchmark
  @OperationsPerInvocation(POSTS)
  public void normalizeOnly(Blackhole sink) {
    TextNormalizer normalizer = TextNormalizer.standard();
    for (int i = 0; i < POSTS; i++) {
      sink.consume(normalizer.normalize(posts.get(i)));
    }
  }
}
