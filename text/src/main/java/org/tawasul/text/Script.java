package org.tawasul.text;

/** The writing system most of a text's words are in. */
public enum Script {
  /** Arabic letters (MSA or Darija written in Arabic script). */
  ARABIC,
  /** Latin letters, possibly with digits standing for Arabic sounds (Arabizi). */
  LATIN,
  /** Both scripts, neither above 80% of the words. */
  MIXED,
  /** No word at all (empty, only emojis, punctuation or links), or another script. */
  UNKNOWN
}
