package org.tawasul.channels.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts a post's length as X does (twitter-text configuration v3): 280 weighted characters; code points in
 * U+0000–U+10FF (Latin, Arabic, …), U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1, every other code point
 * weighs 2; an emoji sequence (joined by ZWJ, with variation selectors and skin tones) counts once, weight 2; every
 * URL counts 23 whatever its length (t.co).
 */
final class XText {

	static final int MAX_WEIGHTED_LENGTH = 280;

	static final int URL_LENGTH = 23;

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	private XText() {
	}

	static int weightedLength(String text) {
		int total = 0;
		int from = 0;
		Matcher urls = URL.matcher(text);
		while (urls.find()) {
			total += plainLength(text.substring(from, urls.start())) + URL_LENGTH;
			from = urls.end();
		}
		return total + plainLength(text.substring(from));
	}

	static boolean fits(String text) {
		return weightedLength(text) <= MAX_WEIGHTED_LENGTH;
	}

	private static int plainLength(String text) {
		int total = 0;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isExtendedPictographic(cp) && cp > 0x2FFF) {
				total += 2;
				while (i < text.length()) {
					int next = text.codePointAt(i);
					if (next == 0x200D && i + 1 < text.length()) {
						i += 1;
						int joined = text.codePointAt(i);
						i += Character.charCount(joined);
					}
					else if (next == 0xFE0F || (next >= 0x1F3FB && next <= 0x1F3FF)) {
						i += Character.charCount(next);
					}
					else {
						break;
					}
				}
				continue;
			}
			total += weight(cp);
		}
		return total;
	}

	static int weight(int cp) {
		if (cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F)
				|| (cp >= 0x2032 && cp <= 0x2037)) {
			return 1;
		}
		return 2;
	}
}
