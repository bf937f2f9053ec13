package org.tawasul.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tawasul.text.SearchAnalyzers;

/**
 * Full-text search over reports with the text engine's analysis ({@link SearchAnalyzers#forSearch()}, the one the
 * public site searches publications with): normalised letters and digits, Darija/French/English stop words gone,
 * Arabic light stemming (so {@code الاختطاف}, {@code والاختطاف} and {@code اختطاف} are one word), Arabizi words
 * indexed with their Arabic-script candidates and Darija words with their MSA ones (version 3: {@code الدراري}
 * is found by {@code الأطفال}). PostgreSQL stores the analysed words ({@code search_text}, indexed
 * with the {@code simple} configuration) and matches every typed word as a prefix. Links are indexed as written,
 * lower-cased. Nothing else knows how search works.
 */
public final class ReportSearch {

	/**
	 * The analysis rows are indexed with. Raise it when the analysis changes: rows indexed with an older one are
	 * indexed again at start ({@link ReportSearchReindex}).
	 */
	public static final int VERSION = 3;

	private static final int MAX_QUERY_WORDS = 10;

	private static final Analyzer ANALYZER = SearchAnalyzers.forSearch();

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private ReportSearch() {
	}

	/** What is stored for a report's text and links, for PostgreSQL's {@code simple} configuration to index. */
	public static String indexText(ReportContent content) {
		String text = content.text();
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (List<String> position : analyse(text)) {
			for (String word : position) {
				out.append(word).append(' ');
			}
		}
		for (String link : content.links()) {
			out.append(normalise(link)).append(' ');
		}
		return out.toString().strip();
	}

	/**
	 * A PostgreSQL {@code tsquery} text for what staff typed: every word must match, each as a prefix, an Arabizi
	 * word by any of its candidates. Only letters and digits survive, so the query cannot be malformed. A query of
	 * stop words alone looks for them as typed.
	 */
	public static String tsQuery(String typed) {
		List<List<String>> positions = analyse(typed);
		if (positions.isEmpty()) {
			positions = Arrays.stream(NOT_A_WORD.split(normalise(typed)))
				.filter(w -> !w.isEmpty())
				.map(List::of)
				.toList();
		}
		return positions.stream()
			.limit(MAX_QUERY_WORDS)
			.map(words -> words.stream().map(w -> w + ":*")
				.collect(Collectors.joining(" | ", words.size() > 1 ? "(" : "", words.size() > 1 ? ")" : "")))
			.collect(Collectors.joining(" & "));
	}

	/** The analysed words by position (a position holds more than one word for Arabizi candidates). */
	private static List<List<String>> analyse(String text) {
		List<List<String>> positions = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			Set<String> current = null;
			while (stream.incrementToken()) {
				if (current == null || increment.getPositionIncrement() > 0) {
					current = new LinkedHashSet<>();
					positions.add(new ArrayList<>());
				}
				for (String word : NOT_A_WORD.split(term)) {
					if (!word.isEmpty() && current.add(word)) {
						positions.getLast().add(word);
					}
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("analysing text held in memory", ex);
		}
		positions.removeIf(List::isEmpty);
		return positions;
	}

	/** Lower case, no diacritics or tatweel, one form of alef, ya and ta marbuta: for links and stop-word queries. */
	static String normalise(String text) {
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
}
