package org.tawasul.text;

import org.apache.lucene.analysis.Analyzer;
import org.tawasul.text.analysis.TawasulAnalyzer;

/**
 * Lucene analyzers for full-text search over publications and reports, using the same analysis as claim
 * matching: {@link TextNormalizer} words, Arabizi candidates stacked as synonyms, Arabic/Darija/French/English
 * stop words removed, Arabic light stemming. Use the same analyzer at index and query time.
 */
public final class SearchAnalyzers {

  private SearchAnalyzers() {}

  /**
   * A new analyzer for indexing and searching publications and reports (Arabic, Darija, French, Arabizi).
   * Analyzers are thread-safe; keep one per index and close it with the index.
   */
  public static Analyzer forSearch() {
    return new TawasulAnalyzer(true);
  }

  /** Like {@link #forSearch()} but without Arabizi candidates, for fields known to hold no Arabizi. */
  public static Analyzer forArabicOnly() {
    return new TawasulAnalyzer(false);
  }
}
