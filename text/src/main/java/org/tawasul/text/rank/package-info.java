/**
 * Internal: the lexical re-ranker of {@link org.tawasul.text.ClaimIndex} — text profiles, idf statistics,
 * features and the fitted listwise model with its calibration. Not part of the stable API.
 */
package org.tawasul.text.rank;
