package org.tawasul.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The Tawasul analysis chain: {@link NormalizingTokenizer} → {@link DialectCandidateFilter} (optional) →
 * {@link StopFilter} (Arabic, Darija, French, English) → {@link ArabicLightStemFilter}.
 */
public final class TawasulAnalyzer extends Analyzer {

  private final boolean arabizi;

  /** @param arabizi whether Arabizi words also emit their Arabic-script candidates */
  public TawasulAnalyzer(boolean arabizi) {
    this.arabizi = arabizi;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new NormalizingTokenizer();
    TokenStream stream = arabizi ? new DialectCandidateFilter(source) : source;
    stream = new StopFilter(stream, StopWords.set());
    stream = new ArabicLightStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }
}
