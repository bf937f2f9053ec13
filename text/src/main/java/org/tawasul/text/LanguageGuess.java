package org.tawasul.text;

/**
 * What {@link TextNormalizer#guess(String)} thinks a text is written in.
 *
 * @param language the language variety; {@link Language#UNKNOWN} when there is no word
 * @param script the dominant script
 * @param confidence share of the words that support the guess, in [0, 1]; a rough indication, not a probability
 */
public record LanguageGuess(Language language, Script script, double confidence) {

  /** The guess for a text without any word. */
  public static final LanguageGuess NONE = new LanguageGuess(Language.UNKNOWN, Script.UNKNOWN, 0.0);
}
