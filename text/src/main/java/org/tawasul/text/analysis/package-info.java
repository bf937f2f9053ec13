/**
 * Internal: the Lucene analysis chain behind {@link org.tawasul.text.SearchAnalyzers} and
 * {@link org.tawasul.text.ClaimIndex} (normalising tokenizer, Arabizi candidates, stop words, Arabic light
 * stemming, character grams). Not part of the stable API.
 */
package org.tawasul.text.analysis;
