package org.tawasul.text.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tawasul.text.Claim;
import org.tawasul.text.ClaimIndex;
import org.tawasul.text.baseline.StockLuceneSearch;

/**
 * The CPU time one thread spends per post in {@link ClaimMatchingBenchmark}'s setting (100,000 claims, the 223
 * CheckThat! tweets cycled, top 10), for the Tawasul engine and stock Lucene alternately. Per-thread CPU time does
 * not count the time the thread waits for a core, so on a shared machine it shows what the code costs when
 * wall-clock percentiles mostly show the load. Rounds of {@code args[0]} passes (default 10) after 10 warm-up
 * passes; one JSON line per round and engine.
 */
public final class ClaimMatchingCpuTime {

  private ClaimMatchingCpuTime() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<String[]> claims = BenchData.claims(ClaimMatchingBenchmark.CLAIMS, 7);
    List<String> posts = BenchData.queries();
    try (ClaimIndex index = ClaimIndex.builder().build();
        StockLuceneSearch stock = new StockLuceneSearch(claims)) {
      for (String[] row : claims) {
        index.put(new Claim(row[0], row[1], row[2]));
      }
      for (int warm = 0; warm < 10; warm++) {
        for (String post : posts) {
          index.match(post, 10);
          stock.search(post, null, 10);
        }
      }
      for (int round = 0; round < 3; round++) {
        for (String engine : new String[] {"tawasul", "luceneArabicBm25"}) {
          long[] cpu = new long[passes * posts.size()];
          int k = 0;
          for (int pass = 0; pass < passes; pass++) {
            for (String post : posts) {
              long start = threads.getCurrentThreadCpuTime();
              if (engine.equals("tawasul")) {
                index.match(post, 10);
              } else {
                stock.search(post, null, 10);
              }
              cpu[k++] = threads.getCurrentThreadCpuTime() - start;
            }
          }
          Arrays.sort(cpu);
          System.out.printf(Locale.ROOT,
              "{\"round\":%d,\"engine\":\"%s\",\"posts\":%d,\"cpu_mean_ms\":%.3f,\"cpu_p50_ms\":%.3f,"
                  + "\"cpu_p90_ms\":%.3f,\"cpu_p99_ms\":%.3f}%n",
              round, engine, cpu.length, Arrays.stream(cpu).average().orElse(0) / 1e6, cpu[cpu.length / 2] / 1e6,
              cpu[cpu.length * 9 / 10] / 1e6, cpu[cpu.length * 99 / 100] / 1e6);
        }
      }
    }
  }
}
