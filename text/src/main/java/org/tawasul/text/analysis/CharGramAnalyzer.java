package org.tawasul.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;

/**
 * Character 4-grams of the normalised content words (shorter words kept whole): a second retrieval channel that
 * meets spelling variants of names and dialect forms the word chain misses (جاتوزو / غاتوزو, فيروس / فايروس).
 */
public final class CharGramAnalyzer extends Analyzer {

  /** Gram length. */
  public static final int GRAM = 4;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new NormalizingTokenizer();
    TokenStream stream = new DialectCandidateFilter(source);
    stream = new StopFilter(stream, StopWords.set());
    stream = new NGramTokenFilter(stream, GRAM, GRAM, true);
    return new TokenStreamComponents(source, stream);
  }

  /**
   * 32-bit hash of a gram (FNV-1a folded through a finaliser), the key of its counts; the lowest bit is 1 when no
   * character of the gram is in Arabic script.
   */
  public static int hash(char[] buffer, int length) {
    int h = 0x811c9dc5;
    int latin = 1;
    for (int i = 0; i < length; i++) {
      h ^= buffer[i];
      h *= 0x01000193;
      if (buffer[i] >= 0x0600) {
        latin = 0;
      }
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return ((h ^ (h >>> 16)) & ~1) | latin;
  }
}
