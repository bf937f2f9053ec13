/**
 * Tawasul's text engine: plain Java (no Spring) handling of Arabic, Moroccan Darija, Arabizi and French text —
 * normalisation, tokenisation and shingling, near-duplicate grouping, claim matching and search analysis.
 */
package org.tawasul.text;
