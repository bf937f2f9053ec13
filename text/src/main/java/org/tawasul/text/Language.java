package org.tawasul.text;

/** The language variety of a post, as far as its words tell. */
public enum Language {
  /** Modern Standard Arabic in Arabic script. */
  MSA,
  /** Moroccan Arabic (Darija) in Arabic script. */
  DARIJA,
  /** Darija written in Latin letters and digits ({@code 3ndk}, {@code 7na}, {@code 9al}). */
  ARABIZI,
  /** French. */
  FRENCH,
  /** English. */
  ENGLISH,
  /** Too little text, or no clue. */
  UNKNOWN
}
