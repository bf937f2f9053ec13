package org.tawasul.vigilance.monitoring;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for watch-list matching: case, Arabic diacritics and tatweel, alef/ya/ta-marbuta/hamza variants,
 * punctuation to single spaces. The text engine's {@code TextNormalizer} will replace it when it lands.
 */
final class TextFolding {

	private TextFolding() {
	}

	static String fold(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length() + 2).append(' ');
		boolean space = true;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
				continue;
			}
			c = switch (c) {
				case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
				case 'ى', 'ئ' -> 'ي';
				case 'ة' -> 'ه';
				case 'ؤ' -> 'و';
				case 'é', 'è', 'ê', 'ë' -> 'e';
				case 'à', 'â' -> 'a';
				case 'ç' -> 'c';
				case 'î', 'ï' -> 'i';
				case 'ô' -> 'o';
				case 'ù', 'û' -> 'u';
				default -> c;
			};
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		if (!space) {
			out.append(' ');
		}
		return out.toString();
	}
}
