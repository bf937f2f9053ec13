package org.tawasul.text.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tawasul.text.rank.BoostedTrees;

/**
 * Command line of the text engine, scored by the evaluation scripts:
 * <pre>
 * match --docs DOCS.tsv --queries QUERIES.tsv [--candidates CANDS.tsv] --out RUN.txt [--top 10] [--baseline]
 *       [--background TEXTS.tsv] [--model MODEL.tsv]
 * background --texts TEXTS.tsv --out TABLE.bin
 * group --posts POSTS.tsv --out GROUPS.tsv [--threshold 0.5]
 * tune  --docs DOCS.tsv --queries Q1.tsv,Q2.tsv --qrels R1.txt,R2.txt [--unrelated U1.tsv,U2.tsv]
 *       [--holdout H.tsv] [--folds 5] [--lambda 1.0] [--trees 50] [--out MODEL.tsv]
 * reposts --posts POSTS.tsv --gold GOLD.tsv --out-posts HARD.tsv --out-gold HARD-GOLD.tsv [--seed 7]
 * </pre>
 * Each command prints one JSON line on stdout with its counts and timings (JVM start-up excluded).
 */
public final class Main {

  private Main() {}

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs a command in-process.
   *
   * @return 0 on success, 2 on a usage error, 1 on a failure (message on {@code err})
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(usage());
      return 2;
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        err.println("unexpected argument: " + a + "\n" + usage());
        return 2;
      }
      String key = a.substring(2);
      if (key.equals("baseline")) {
        options.put(key, "true");
      } else if (i + 1 < args.length) {
        options.put(key, args[++i]);
      } else {
        err.println("missing value for " + a);
        return 2;
      }
    }
    try {
      String json = switch (args[0]) {
        case "match" -> MatchCommand.run(path(options, "docs"), path(options, "queries"),
            optionalPath(options, "candidates"), optionalPath(options, "background"), optionalPath(options, "model"),
            path(options, "out"),
            Integer.parseInt(options.getOrDefault("top", "10")), options.containsKey("baseline"));
        case "background" -> BackgroundCommand.run(path(options, "texts"), path(options, "out"));
        case "group" -> GroupCommand.run(path(options, "posts"), path(options, "out"),
            Double.parseDouble(options.getOrDefault("threshold", "-1")));
        case "reposts" -> RepostsCommand.run(path(options, "posts"), path(options, "gold"),
            path(options, "out-posts"), path(options, "out-gold"), Long.parseLong(options.getOrDefault("seed", "7")));
        case "tune" -> TuneCommand.run(path(options, "docs"), options.get("queries"), options.get("qrels"),
            options.get("unrelated"), options.get("holdout"), tuneOptions(options), out);
        default -> throw new UsageException("unknown command: " + args[0]);
      };
      out.println(json);
      return 0;
    } catch (UsageException | NumberFormatException e) {
      err.println(e.getMessage() + "\n" + usage());
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("tawasul-text " + args[0] + " failed: " + e);
      return 1;
    }
  }

  private static Path path(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new UsageException("missing --" + name);
    }
    return Path.of(value);
  }

  private static TuneCommand.Options tuneOptions(Map<String, String> options) {
    TuneCommand.Options d = TuneCommand.Options.DEFAULT;
    BoostedTrees.Shape shape = d.trees();
    try {
      int folds = Integer.parseInt(options.getOrDefault("folds", String.valueOf(d.folds())));
      if (folds < 2) {
        throw new UsageException("--folds needs at least 2");
      }
      return new TuneCommand.Options(folds, Double.parseDouble(options.getOrDefault("lambda", "" + d.lambda())),
          Float.parseFloat(options.getOrDefault("k1", "" + d.k1())), Float.parseFloat(options.getOrDefault("b",
          "" + d.b())), new BoostedTrees.Shape(Integer.parseInt(options.getOrDefault("trees", "" + shape.trees())),
          shape.learningRate(), shape.minLeaf(), shape.bins(), shape.l2()), optionalPath(options, "out"));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      throw new UsageException("tune: " + e.getMessage());
    }
  }

  private static Path optionalPath(Map<String, String> options, String name) {
    return options.containsKey(name) ? Path.of(options.get(name)) : null;
  }

  private static String usage() {
    return """
        usage: java -jar tawasul-text.jar COMMAND [options]
          match --docs DOCS.tsv --queries QUERIES.tsv [--candidates CANDS.tsv] --out RUN.txt [--top 10] [--baseline]
                [--background TEXTS.tsv] [--model MODEL.tsv]
          background --texts TEXTS.tsv --out TABLE.bin
          group --posts POSTS.tsv --out GROUPS.tsv [--threshold J]
          tune  --docs DOCS.tsv --queries Q1.tsv,Q2.tsv --qrels R1.txt,R2.txt [--unrelated U1.tsv,U2.tsv]
                [--holdout H.tsv] [--folds 5] [--lambda 1.0] [--trees 50] [--out MODEL.tsv]
          reposts --posts POSTS.tsv --gold GOLD.tsv --out-posts HARD.tsv --out-gold HARD-GOLD.tsv [--seed 7]""";
  }

  /** A command line that cannot be run. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
