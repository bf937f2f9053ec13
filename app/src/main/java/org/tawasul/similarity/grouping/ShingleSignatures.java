package org.tawasul.similarity.grouping;

import java.text.Normalizer;

/**
 * A small stand-in for the text engine's near-duplicate fingerprint until {@code org.tawasul.text.NearDuplicateIndex}
 * lands: folds Arabic letter variants, diacritics and Latin case, then takes a MinHash signature of the character
 * 4-grams. Two texts' signatures agree on a share of positions that estimates their Jaccard similarity.
 */
final class ShingleSignatures {

	static final int HASHES = 64;

	private static final int SHINGLE = 4;

	private static final long[] SEEDS = new long[HASHES];

	static {
		long seed = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < HASHES; i++) {
			seed = mix(seed + i * 0xBF58476D1CE4E5B9L);
			SEEDS[i] = seed;
		}
	}

	private ShingleSignatures() {
	}

	/** Folds what does not change meaning: case, Arabic diacritics and tatweel, alef/ya/ta-marbuta variants, punctuation. */
	static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length());
		boolean space = true;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
				continue;
			}
			c = switch (c) {
				case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
				case 'ى' -> 'ي';
				case 'ة' -> 'ه';
				case 'ؤ' -> 'و';
				case 'ئ' -> 'ي';
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
		return out.toString().strip();
	}

	static int[] signature(String text) {
		String normal = normalise(text);
		int[] signature = new int[HASHES];
		java.util.Arrays.fill(signature, Integer.MAX_VALUE);
		if (normal.length() < SHINGLE) {
			long h = mix(normal.hashCode());
			for (int i = 0; i < HASHES; i++) {
				signature[i] = (int) mix(h ^ SEEDS[i]);
			}
			return signature;
		}
		for (int start = 0; start + SHINGLE <= normal.length(); start++) {
			long h = 0;
			for (int k = 0; k < SHINGLE; k++) {
				h = h * 31 + normal.charAt(start + k);
			}
			h = mix(h);
			for (int i = 0; i < HASHES; i++) {
				int v = (int) mix(h ^ SEEDS[i]);
				if (v < signature[i]) {
					signature[i] = v;
				}
			}
		}
		return signature;
	}

	static double similarity(int[] a, int[] b) {
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return (double) same / HASHES;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
