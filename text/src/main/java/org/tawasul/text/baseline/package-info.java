/**
 * Internal: stock Lucene ({@code ArabicAnalyzer} + BM25) as the comparison point of the evaluation and the
 * benchmarks.
 */
package org.tawasul.text.baseline;
