package org.tawasul.text.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tawasul.text.NearDuplicateIndex;

/** {@code group}: near-duplicate groups of posts, in input order, written as {@code id cluster}. */
final class GroupCommand {

  private GroupCommand() {}

  static String run(Path postsFile, Path outFile, double threshold) throws IOException {
    List<String[]> posts = Tsv.read(postsFile, "id", "text");
    Measurements.resetPeakHeap();
    NearDuplicateIndex index = threshold > 0 ? new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_HASHES, NearDuplicateIndex.DEFAULT_BANDS, threshold) : new NearDuplicateIndex();
    long t0 = System.nanoTime();
    String[] groups = new String[posts.size()];
    long chars = 0;
    for (int i = 0; i < posts.size(); i++) {
      groups[i] = index.add(posts.get(i)[0], posts.get(i)[1]);
      chars += posts.get(i)[1].length();
    }
    long nanos = System.nanoTime() - t0;
    Set<String> distinct = new HashSet<>();
    try (BufferedWriter out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      out.write("id\tcluster");
      out.newLine();
      for (int i = 0; i < posts.size(); i++) {
        out.write(posts.get(i)[0] + "\t" + groups[i]);
        out.newLine();
        distinct.add(groups[i]);
      }
    }
    double ms = nanos / 1e6;
    return "{\"command\":\"group\",\"posts\":" + posts.size() + ",\"groups\":" + distinct.size()
        + ",\"build_ms\":" + Measurements.num(ms) + ",\"posts_per_s\":"
        + Measurements.num(posts.isEmpty() ? 0 : posts.size() / (ms / 1000.0)) + ",\"mean_chars\":"
        + Measurements.num(posts.isEmpty() ? 0 : chars / (double) posts.size()) + ",\"index_bytes\":"
        + index.ramBytes() + ",\"peak_heap_mb\":" + Measurements.num(Measurements.peakHeapMb()) + "}";
  }
}
