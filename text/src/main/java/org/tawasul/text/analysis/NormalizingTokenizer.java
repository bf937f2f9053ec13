package org.tawasul.text.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tawasul.text.TextNormalizer;

/**
 * Lucene tokenizer emitting the words of {@link TextNormalizer}: Arabic letter variants folded, diacritics,
 * tatweel, links, mentions and emojis gone, hashtags split, Latin lower-cased and unaccented. Reads at most
 * {@link TextNormalizer#MAX_INPUT_CHARS} chars of a field value.
 */
public final class NormalizingTokenizer extends Tokenizer {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TextNormalizer normalizer = TextNormalizer.standard();
  private final char[] readBuffer = new char[8192];

  private char[] chars = new char[256];
  private int[] bounds = new int[64]; // per word: start in chars, length, start offset, end offset
  private int words;
  private int next;
  private int charCount;
  private int finalOffset;

  /** A tokenizer using the default attribute factory. */
  public NormalizingTokenizer() {}

  @Override
  public boolean incrementToken() {
    if (next >= words) {
      return false;
    }
    clearAttributes();
    int b = next * 4;
    term.copyBuffer(chars, bounds[b], bounds[b + 1]);
    offset.setOffset(correctOffset(bounds[b + 2]), correctOffset(bounds[b + 3]));
    position.setPositionIncrement(1);
    next++;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder text = new StringBuilder();
    int read;
    while (text.length() < TextNormalizer.MAX_INPUT_CHARS && (read = input.read(readBuffer)) != -1) {
      text.append(readBuffer, 0, Math.min(read, TextNormalizer.MAX_INPUT_CHARS - text.length()));
    }
    words = 0;
    next = 0;
    charCount = 0;
    String s = text.toString();
    finalOffset = correctOffset(s.length());
    normalizer.tokenize(s, (buffer, length, start, end) -> {
      if (charCount + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
      }
      if ((words + 1) * 4 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      System.arraycopy(buffer, 0, chars, charCount, length);
      int b = words * 4;
      bounds[b] = charCount;
      bounds[b + 1] = length;
      bounds[b + 2] = Math.min(start, s.length());
      bounds[b + 3] = Math.min(end, s.length());
      charCount += length;
      words++;
    });
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    words = 0;
    next = 0;
    if (chars.length > 4096) {
      chars = new char[256];
      bounds = new int[64];
    }
  }
}
