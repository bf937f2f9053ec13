package org.tawasul.text.bench;

import java.util.List;
import java.util.Locale;
import org.tawasul.text.NearDuplicateIndex;

/**
 * Memory of the near-duplicate index per million posts: adds {@code args[0]} (default 1,000,000) tweet-sized
 * posts and prints the index's own estimate and the measured heap growth as one JSON line.
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    List<String> distinct = BenchData.tweets(50_000, 11);
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    NearDuplicateIndex index = new NearDuplicateIndex();
    long t0 = System.nanoTime();
    for (int i = 0; i < count; i++) {
      // make every post distinct so no bucket is shared by construction
      index.add(Integer.toString(i), distinct.get(i % distinct.size()) + " " + Integer.toString(i, 36) + "x");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    System.out.println(String.format(Locale.ROOT,
        "{\"posts\":%d,\"index_estimate_bytes_per_post\":%.0f,\"heap_growth_bytes_per_post\":%.0f,"
            + "\"heap_growth_mb_per_million\":%.0f,\"posts_per_s\":%.0f}",
        count, index.ramBytes() / (double) count, (after - before) / (double) count,
        (after - before) / (double) count, count / seconds));
  }
}
