package org.tawasul.newsroom.editorial;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable, stable address parts from titles, in the title's own script: Arabic slugs stay Arabic (browsers show
 * them decoded), French slugs lose their accents. Letters and digits are kept, everything else becomes one hyphen.
 */
public final class Slugs {

	private static final int MAX = 80;

	private Slugs() {
	}

	public static String of(String title) {
		String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
		StringBuilder slug = new StringBuilder();
		boolean hyphen = false;
		for (int i = 0; i < decomposed.length() && slug.length() < MAX; ) {
			int cp = decomposed.codePointAt(i);
			i += Character.charCount(cp);
			int category = Character.getType(cp);
			if (category == Character.NON_SPACING_MARK || category == Character.FORMAT) {
				continue; // accents, Arabic diacritics, tatweel-like formatting characters
			}
			if (Character.isLetterOrDigit(cp) && cp != 'ـ') {
				slug.appendCodePoint(Character.toLowerCase(cp));
				hyphen = false;
			}
			else if (!hyphen && slug.length() > 0) {
				slug.append('-');
				hyphen = true;
			}
		}
		String result = slug.toString().replaceAll("-+$", "");
		return result.isEmpty() ? "publication" : Normalizer.normalize(result, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	/** Whether an editor-typed slug is acceptable as it is. */
	public static boolean isValid(String slug) {
		return !slug.isEmpty() && slug.length() <= MAX + 10 && of(slug).equals(slug);
	}
}
