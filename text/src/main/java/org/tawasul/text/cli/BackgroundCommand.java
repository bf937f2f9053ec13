package org.tawasul.text.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tawasul.text.rank.BackgroundFrequencies;

/**
 * {@code background}: counts the words of a corpus (TSV with a {@code text} column, and {@code title} if present)
 * into the table the claim re-ranker reads while its pool is small. The shipped table is this command's output on
 * the MArSum articles: {@code background --texts ../shared/eval/news-search/articles.tsv --out
 * text/src/main/resources/org/tawasul/text/rank/background-marsum.bin}.
 */
final class BackgroundCommand {

  private BackgroundCommand() {}

  static String run(Path textsFile, Path outFile) throws IOException {
    long t0 = System.nanoTime();
    BackgroundFrequencies table = BackgroundFrequencies.of(Tsv.texts(textsFile));
    try (OutputStream out = Files.newOutputStream(outFile)) {
      table.write(out);
    }
    return "{\"command\":\"background\",\"documents\":" + table.documents() + ",\"terms\":" + table.size()
        + ",\"bytes\":" + Files.size(outFile) + ",\"build_ms\":" + Measurements.num((System.nanoTime() - t0) / 1e6)
        + "}";
  }
}
