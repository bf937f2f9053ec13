package org.tawasul.vigilance.monitoring;

/**
 * Folds text for watch-list matching with the text engine's normaliser (case, Arabic letter variants and diacritics,
 * elongations, punctuation), as space-separated words between single spaces, so a term matches at a word start.
 */
final class TextFolding {

	private static final org.tawasul.text.TextNormalizer NORMALIZER = org.tawasul.text.TextNormalizer.standard();

	private TextFolding() {
	}

	static String fold(String text) {
		java.util.List<String> words = NORMALIZER.tokens(text);
		return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
	}
}
