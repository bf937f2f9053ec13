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
}
