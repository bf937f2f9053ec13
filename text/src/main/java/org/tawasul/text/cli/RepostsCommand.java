package org.tawasul.text.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code reposts}: writes a harder near-duplicate set from a gold-clustered one. For each gold cluster it takes a
 * tweet-sized story (the first 18 words of the cluster's first post) and four reposts of it: decorated (emojis,
 * hashtag, mention, link), with a Darija or Arabizi comment added, with Darija words written in Arabizi, and
 * truncated and elongated. Deterministic for a seed.
 */
final class RepostsCommand {

  private static final String[] COMMENTS = {
      "شوفو هاد الخبر", "واش بصح هادشي؟", "الله يحفظ بلادنا", "fin wslat lblad", "سبحان الله شنو هادشي",
      "wach bsa7 had lkhbar?", "عاجل جدا انشرو", "ما بقا ما يتقال", "3lach had chi?", "la hawla wala 9owata ila billah"};

  private static final String[] DECORATIONS = {"😱", "😂😂", "🔥", "😡", "‼️", "🇲🇦", "💔"};

  private static final Map<String, String> ARABIZI = Map.ofEntries(
      Map.entry("ديال", "dyal"), Map.entry("هاد", "had"), Map.entry("بزاف", "bzaf"), Map.entry("واش", "wach"),
      Map.entry("على", "3la"), Map.entry("في", "f"), Map.entry("حتى", "7ta"), Map.entry("غادي", "ghadi"),
      Map.entry("قال", "9al"), Map.entry("المغرب", "lmghrib"), Map.entry("ماشي", "machi"), Map.entry("باش", "bach"),
      Map.entry("بلي", "bli"), Map.entry("دابا", "daba"), Map.entry("هادشي", "hadchi"), Map.entry("كاين", "kayn"));

  private RepostsCommand() {}

  static String run(Path postsFile, Path goldFile, Path outPosts, Path outGold, long seed) throws IOException {
    Map<String, String> text = new LinkedHashMap<>();
    for (String[] row : Tsv.read(postsFile, "id", "text")) {
      text.put(row[0], row[1]);
    }
    Map<String, String> firstOfCluster = new LinkedHashMap<>();
    for (String[] row : Tsv.read(goldFile, "id", "cluster")) {
      firstOfCluster.putIfAbsent(row[1], row[0]);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> posts = new ArrayList<>();
    for (Map.Entry<String, String> cluster : firstOfCluster.entrySet()) {
      String source = text.get(cluster.getValue());
      if (source == null) {
        continue;
      }
      String[] words = source.trim().split("\\s+");
      String[] story = java.util.Arrays.copyOf(words, Math.min(18, words.length));
      String c = cluster.getKey();
      String base = String.join(" ", story);
      posts.add(new String[] {c + "-s", base, c});
      posts.add(new String[] {c + "-a", "@user" + random.nextInt(10_000) + " " + base + " "
          + DECORATIONS[random.nextInt(DECORATIONS.length)] + " #" + story[0].replaceAll("[^\\p{L}]", "")
          + " https://t.co/" + Long.toString(random.nextLong() & 0xFFFFFFFFL, 36), c});
      String comment = COMMENTS[random.nextInt(COMMENTS.length)];
      posts.add(new String[] {c + "-b", random.nextBoolean() ? comment + " " + base : base + " " + comment, c});
      StringBuilder arabizi = new StringBuilder();
      for (String w : story) {
        arabizi.append(arabizi.isEmpty() ? "" : " ").append(ARABIZI.getOrDefault(w, w));
      }
      posts.add(new String[] {c + "-c", arabizi + " " + COMMENTS[random.nextInt(COMMENTS.length)], c});
      StringBuilder truncated = new StringBuilder();
      int keep = Math.max(1, story.length - 2);
      int elongate = random.nextInt(keep);
      for (int i = 0; i < keep; i++) {
        String w = story[i];
        if (i == elongate && w.length() > 2) {
          w = w.substring(0, w.length() - 1) + String.valueOf(w.charAt(w.length() - 1)).repeat(4);
        }
        truncated.append(i == 0 ? "" : " ").append(w);
      }
      posts.add(new String[] {c + "-d", truncated + " ...", c});
    }
    // interleave the clusters as a stream of posts would
    for (int i = posts.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String[] t = posts.get(i);
      posts.set(i, posts.get(j));
      posts.set(j, t);
    }
    try (BufferedWriter p = Files.newBufferedWriter(outPosts, StandardCharsets.UTF_8);
        BufferedWriter g = Files.newBufferedWriter(outGold, StandardCharsets.UTF_8)) {
      p.write("id\ttext\n");
      g.write("id\tcluster\n");
      for (String[] post : posts) {
        p.write(post[0] + "\t" + post[1].replace('\t', ' ').replace('\n', ' ') + "\n");
        g.write(post[0] + "\t" + post[2] + "\n");
      }
    }
    return "{\"command\":\"reposts\",\"posts\":" + posts.size() + ",\"clusters\":" + firstOfCluster.size() + "}";
  }
}
