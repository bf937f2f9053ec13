package org.tawasul.text.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Benchmark inputs built from the public evaluation data in ../shared/eval (found by walking up). */
final class BenchData {

  private BenchData() {}

  static Path eval() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("eval");
      if (Files.isDirectory(candidate.resolve("claim-matching"))) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("benchmarks need ../shared/eval beside the repository (not found above "
        + Path.of("").toAbsolutePath() + ")");
  }

  /** Rows of a TSV file (header skipped), split on tabs. */
  static List<String[]> tsv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        rows.add(line.split("\t", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Tweet-sized posts (12–30 words, about 140 chars): windows of the near-duplicate posts, with emojis, hashtags
   * and mentions added at random; a third of them repeat an earlier post (a repost).
   */
  static List<String> tweets(int count, long seed) {
    List<String[]> posts = tsv(eval().resolve("near-duplicates").resolve("posts.tsv"));
    SplittableRandom random = new SplittableRandom(seed);
    String[] decorations = {" 😱", " #عاجل", " @user", " 🔥🔥", " https://t.co/xyz", ""};
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i > 10 && random.nextInt(3) == 0) {
        out.add(out.get(random.nextInt(i)) + decorations[random.nextInt(decorations.length)]);
        continue;
      }
      String[] words = posts.get(random.nextInt(posts.size()))[1].split("\\s+");
      int length = 12 + random.nextInt(19);
      int from = random.nextInt(Math.max(1, words.length - length));
      StringBuilder tweet = new StringBuilder();
      for (int w = from; w < Math.min(words.length, from + length); w++) {
        tweet.append(words[w]).append(' ');
      }
      out.add(tweet.append(decorations[random.nextInt(decorations.length)]).toString().trim());
    }
    return out;
  }

  /**
   * {@code count} claims: the 3,571 CheckThat! claims and variants of them (words dropped and swapped with words
   * of other claims) so the index has realistic term statistics at 100,000 claims.
   */
  static List<String[]> claims(int count, long seed) {
    List<String[]> base = tsv(eval().resolve("claim-matching").resolve("claims.tsv"));
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> out = new ArrayList<>(count);
    for (String[] c : base) {
      if (out.size() < count) {
        out.add(new String[] {c[0], c[1], c[2]});
      }
    }
    while (out.size() < count) {
      String[] c = base.get(random.nextInt(base.size()));
      String[] other = base.get(random.nextInt(base.size()))[2].split("\\s+");
      String[] words = c[2].split("\\s+");
      StringBuilder text = new StringBuilder();
      for (String w : words) {
        if (random.nextInt(5) == 0) {
          continue;
        }
        text.append(random.nextInt(4) == 0 ? other[random.nextInt(other.length)] : w).append(' ');
      }
      String[] titleWords = c[1].split("\\s+");
      StringBuilder title = new StringBuilder();
      for (String w : titleWords) {
        title.append(random.nextInt(6) == 0 ? other[random.nextInt(other.length)] : w).append(' ');
      }
      out.add(new String[] {"synthetic-" + out.size(), title.toString().trim(), text.toString().trim()});
    }
    return out;
  }

  /** The dev and train tweets of CheckThat! 2021 Arabic. */
  static List<String> queries() {
    List<String> out = new ArrayList<>();
    for (String name : new String[] {"queries-dev.tsv", "queries-train.tsv"}) {
      for (String[] row : tsv(eval().resolve("claim-matching").resolve(name))) {
        out.add(row[1]);
      }
    }
    return out;
  }
}
