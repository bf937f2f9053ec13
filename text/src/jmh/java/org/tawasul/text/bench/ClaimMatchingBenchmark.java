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
import org.openjdk.jmh.annotations.Param;
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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class ClaimMatchingBenchmark {

  @Param({"100000"})
  int claims;

  ClaimIndex tawasul;
  ClaimIndex wordsOnly;
  StockLuceneSearch stock;
  List<String> queries;
  int next;

  @Setup(Level.Trial)
  public void build() {
    List<String[]> rows = BenchData.claims(claims, 7);
    tawasul = ClaimIndex.builder().build();
    wordsOnly = ClaimIndex.builder().gramWeight(0).build();
    for (String[] row : rows) {
      Claim claim = new Claim(row[0], row[1], row[2]);
      tawasul.put(claim);
      wordsOnly.put(claim);
    }
    stock = new StockLuceneSearch(rows);
    queries = BenchData.queries();
    tawasul.match("warm up", 1);
    wordsOnly.match("warm up", 1);
  }

  @TearDown(Level.Trial)
  public void close() {
    tawasul.close();
    wordsOnly.close();
    stock.close();
  }

  private String nextQuery() {
    next = (next + 1) % queries.size();
    return queries.get(next);
  }

  @Benchmark
  public List<ClaimMatch> tawasul() {
    return tawasul.match(nextQuery(), 10);
  }

  @Benchmark
  public List<ClaimMatch> tawasulWordsOnly() {
    return wordsOnly.match(nextQuery(), 10);
  }

  @Benchmark
  public List<StockLuceneSearch.Hit> luceneArabicBm25() {
    return stock.search(nextQuery(), null, 10);
  }
}
