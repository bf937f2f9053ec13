package org.tawasul.text.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tawasul.text.Claim;
import org.tawasul.text.ClaimIndex;
import org.tawasul.text.ClaimMatch;
import org.tawasul.text.baseline.StockLuceneSearch;

/** {@code match}: ranks documents (claims or articles) for each query and writes a TREC run. */
final class MatchCommand {

  private MatchCommand() {}

  /**
   * @param backgroundFile texts whose word counts stand in while the pool is small, or null for the shipped ones
   * @param modelFile a model written by {@code tune --out}, or null for the shipped one
   */
  static String run(Path docsFile, Path queriesFile, Path candidatesFile, Path backgroundFile, Path modelFile,
      Path outFile, int top, boolean baseline) throws IOException {
    List<String[]> docs = Tsv.read(docsFile, "id", "title", "text");
    List<String[]> queries = Tsv.read(queriesFile, "id", "text");
    Map<String, List<String>> candidates = null;
    if (candidatesFile != null) {
      candidates = new LinkedHashMap<>();
      for (String[] row : Tsv.read(candidatesFile, "query_id", "claim_id", "rank")) {
        candidates.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
      }
    }
    Measurements.resetPeakHeap();
    String tag = baseline ? "lucene-arabic-bm25" : "tawasul";
    long t0 = System.nanoTime();
    long[] latencies = new long[queries.size()];
    int lines = 0;
    long indexNanos;
    try (BufferedWriter out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      if (baseline) {
        try (StockLuceneSearch search = new StockLuceneSearch(docs)) {
          indexNanos = System.nanoTime() - t0;
          for (int q = 0; q < queries.size(); q++) {
            String[] query = queries.get(q);
            List<String> restrict = candidates == null ? null : candidates.getOrDefault(query[0], List.of());
            long s = System.nanoTime();
            List<StockLuceneSearch.Hit> hits = search.search(query[1], restrict, top);
            latencies[q] = System.nanoTime() - s;
            for (int r = 0; r < hits.size(); r++) {
              write(out, query[0], hits.get(r).id(), r + 1, hits.get(r).score(), tag);
              lines++;
            }
          }
        }
      } else {
        ClaimIndex.Builder builder = ClaimIndex.builder();
        if (backgroundFile != null) {
          builder.background(Tsv.texts(backgroundFile));
        }
        if (modelFile != null) {
          builder.lexicalModel(Tsv.model(modelFile));
        }
        try (ClaimIndex index = builder.build()) {
          List<Claim> claims = new ArrayList<>(docs.size());
          for (String[] d : docs) {
            if (!d[0].isBlank()) {
              claims.add(new Claim(d[0], d[1], d[2]));
            }
          }
          index.putAll(claims);
          index.match("", 1); // opens the searcher
          indexNanos = System.nanoTime() - t0;
          for (int q = 0; q < queries.size(); q++) {
            String[] query = queries.get(q);
            long s = System.nanoTime();
            List<ClaimMatch> matches = candidates == null ? index.match(query[1], top)
                : index.rerank(query[1], candidates.getOrDefault(query[0], List.of()), top);
            latencies[q] = System.nanoTime() - s;
            for (ClaimMatch m : matches) {
              write(out, query[0], m.claimId(), m.rank(), m.score(), tag);
              lines++;
            }
          }
        }
      }
    }
    long totalNanos = System.nanoTime() - t0;
    double matchMs = (totalNanos - indexNanos) / 1e6;
    return "{\"command\":\"match\",\"engine\":\"" + tag + "\",\"docs\":" + docs.size() + ",\"queries\":"
        + queries.size() + ",\"mode\":\"" + (candidates == null ? "pool" : "candidates") + "\",\"run_lines\":" + lines
        + ",\"index_ms\":" + Measurements.num(indexNanos / 1e6) + ",\"match_ms\":" + Measurements.num(matchMs)
        + ",\"queries_per_s\":" + Measurements.num(queries.isEmpty() ? 0 : queries.size() / (matchMs / 1000.0))
        + ",\"p50_ms\":" + Measurements.num(Measurements.percentileMs(latencies, 0.5))
        + ",\"p99_ms\":" + Measurements.num(Measurements.percentileMs(latencies, 0.99))
        + ",\"peak_heap_mb\":" + Measurements.num(Measurements.peakHeapMb()) + "}";
  }

  private static void write(BufferedWriter out, String query, String doc, int rank, double score, String tag)
      throws IOException {
    out.write(query + " Q0 " + doc + " " + rank + " " + String.format(Locale.ROOT, "%.6f", score) + " " + tag);
    out.newLine();
  }
}
