package org.tawasul.text.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tawasul.text.Claim;
import org.tawasul.text.ClaimIndex;
import org.tawasul.text.ClaimMatch;
import org.tawasul.text.baseline.StockLuceneSearch;

/**
 * Latency of matching one post against 100,000 claims (sample mode: the report gives p50, p99): the Tawasul
 * engine (word and character-gram BM25, 50 candidates re-ranked) against stock Lucene ArabicAnalyzer + BM25 over
 * title and text, in the same run.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class ClaimMatchingBenchmark {

  static final int CLAIMS = 100_000;

  /** The posts, cycled. */
  @State(Scope.Thread)
  public static class Posts {
    List<String> queries;
    int next;

    @Setup(Level.Trial)
    public void load() {
      queries = BenchData.queries();
    }

    String next() {
      next = (next + 1) % queries.size();
      return queries.get(next);
    }
  }

  /** The Tawasul engine with both retrieval channels. */
  @State(Scope.Benchmark)
  public static class Tawasul {
    ClaimIndex index;

    @Setup(Level.Trial)
    public void build() {
      index = ClaimIndex.builder().build();
      for (String[] row : BenchData.claims(CLAIMS, 7)) {
        index.put(new Claim(row[0], row[1], row[2]));
      }
      index.match("warm up", 1);
    }

    @TearDown(Level.Trial)
    public void close() {
      index.close();
    }
  }

  /** The Tawasul engine without the character-gram channel. */
  @State(Scope.Benchmark)
  public static class WordsOnly {
    ClaimIndex index;

    @Setup(Level.Trial)
    public void build() {
      index = ClaimIndex.builder().gramWeight(0).build();
      for (String[] row : BenchData.claims(CLAIMS, 7)) {
        index.put(new Claim(row[0], row[1], row[2]));
      }
      index.match("warm up", 1);
    }

    @TearDown(Level.Trial)
    public void close() {
      index.close();
    }
  }

  /** Stock Lucene ArabicAnalyzer + BM25. */
  @State(Scope.Benchmark)
  public static class Stock {
    StockLuceneSearch search;

    @Setup(Level.Trial)
    public void build() {
      search = new StockLuceneSearch(BenchData.claims(CLAIMS, 7));
    }

    @TearDown(Level.Trial)
    public void close() {
      search.close();
    }
  }

  @Benchmark
  public List<ClaimMatch> tawasul(Tawasul engine, Posts posts) {
    return engine.index.match(posts.next(), 10);
  }

  @Benchmark
  public List<ClaimMatch> tawasulWordsOnly(WordsOnly engine, Posts posts) {
    return engine.index.match(posts.next(), 10);
  }

  @Benchmark
  public List<StockLuceneSearch.Hit> luceneArabicBm25(Stock engine, Posts posts) {
    return engine.search.search(posts.next(), null, 10);
  }
}
