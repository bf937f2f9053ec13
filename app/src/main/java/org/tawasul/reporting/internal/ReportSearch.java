package org.tawasul.reporting.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Full-text search over reports, for now with PostgreSQL's {@code simple} configuration over a normalised copy of
 * the text: lower case, no Arabic diacritics or tatweel, one form of alef, ya and ta marbuta, accents removed from
 * Latin letters. The text engine's analyzer will replace this class; nothing else knows how search works.
 */
public final class ReportSearch {

	private ReportSearch() {
	}

	/** The text as it is indexed, and as queries are normalised before matching. */
	public static String normalise(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
				continue; // Arabic harakat, Latin accents, tatweel
			}
			out.append(switch (c) {
				case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
				case 'ى' -> 'ي';
				case 'ة' -> 'ه';
				case 'ؤ' -> 'و';
				case 'ئ' -> 'ي';
				default -> c;
			});
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * A PostgreSQL {@code tsquery} text for what staff typed: every word must match, each as a prefix. Only letters
	 * and digits survive, so the query cannot be malformed.
	 */
	public static String tsQuery(String typed) {
		return Arrays.stream(normalise(typed).split("[^\\p{L}\\p{Nd}]+"))
			.filter(w -> !w.isEmpty())
			.limit(10)
			.map(w -> w + ":*")
			.collect(Collectors.joining(" & "));
	}
}
