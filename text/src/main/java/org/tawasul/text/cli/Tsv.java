package org.tawasul.text.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tawasul.text.rank.LexicalModel;
import org.tawasul.text.rank.ModelFile;

/**
 * Reads the evaluation TSV files: UTF-8 (invalid bytes become U+FFFD), a header line naming the columns, one
 * record a line; a field wrapped in double quotes is unquoted ({@code ""} → {@code "}).
 */
final class Tsv {

  private Tsv() {}

  /** The rows of {@code file} with the named columns, in that order; missing cells are empty strings. */
  static List<String[]> read(Path file, String... columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = open(file)) {
      String header = in.readLine();
      if (header == null) {
        throw new IOException(file + ": empty file, expected a header with columns " + String.join(", ", columns));
      }
      String[] names = names(header);
      int[] index = new int[columns.length];
      for (int c = 0; c < columns.length; c++) {
        index[c] = -1;
        for (int i = 0; i < names.length; i++) {
          if (names[i].trim().equalsIgnoreCase(columns[c])) {
            index[c] = i;
          }
        }
        if (index[c] < 0) {
          throw new IOException(file + ": no column '" + columns[c] + "' in header " + String.join(", ", names));
        }
      }
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String[] row = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
          row[c] = index[c] < cells.length ? unquote(cells[index[c]]) : "";
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** The {@code text} column of each row of {@code file}, after its {@code title} when the file has one. */
  static List<String> texts(Path file) throws IOException {
    boolean titled = columns(file).contains("title");
    List<String> texts = new ArrayList<>();
    for (String[] row : titled ? read(file, "title", "text") : read(file, "text")) {
      texts.add(titled ? row[0] + "\n" + row[1] : row[0]);
    }
    return texts;
  }

  /** A model written by {@code tune --out}. */
  static LexicalModel model(Path file) throws IOException {
    try (BufferedReader in = open(file)) {
      return ModelFile.read(in);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** The column names of {@code file}'s header, lower-cased. */
  static List<String> columns(Path file) throws IOException {
    try (BufferedReader in = open(file)) {
      String header = in.readLine();
      return header == null ? List.of()
          : java.util.Arrays.stream(names(header)).map(c -> c.trim().toLowerCase(java.util.Locale.ROOT)).toList();
    }
  }

  /** A reader of {@code file} as UTF-8, invalid bytes read as U+FFFD. */
  private static BufferedReader open(Path file) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
  }

  /** The cells of a header line, without a byte-order mark. */
  private static String[] names(String header) {
    return header.replace("\uFEFF", "").split("\t", -1);
  }

  /** Reads a TREC qrels file: query id → relevant document ids. */
  static java.util.Map<String, java.util.Set<String>> qrels(Path file) throws IOException {
    java.util.Map<String, java.util.Set<String>> out = new java.util.LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] p = line.trim().split("\\s+");
      if (p.length >= 4 && Integer.parseInt(p[3]) > 0) {
        out.computeIfAbsent(p[0], k -> new java.util.LinkedHashSet<>()).add(p[2]);
      }
    }
    return out;
  }

  private static String unquote(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"') {
      return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
    }
    return cell;
  }
}
