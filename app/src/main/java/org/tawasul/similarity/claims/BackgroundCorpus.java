package org.tawasul.similarity.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operator's own background corpus for the claim index ({@code tawasul.similarity.claims.background}): a folder
 * of UTF-8 {@code .txt} files, one text each (for instance the service's news and press releases in Arabic and
 * French), whose word counts replace the shipped Moroccan news while few statements are published. At most
 * {@link #MAX_TEXTS} files are read. Invalid bytes are read as U+FFFD; a missing or empty folder stops the start with
 * a message that names it.
 */
final class BackgroundCorpus {

	/**
	 * Texts counted at most (an even spread of the files in name order): the counts only need to tell common words
	 * from rare ones, and they are counted at every start (about 3 s for 5,000 news articles).
	 */
	static final int MAX_TEXTS = 5_000;

	private BackgroundCorpus() {
	}

	static List<String> read(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException(
					"tawasul.similarity.claims.background: " + folder.toAbsolutePath() + " is not a folder");
		}
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> all = files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
				.sorted()
				.toList();
			int step = Math.max(1, (all.size() + MAX_TEXTS - 1) / MAX_TEXTS);
			for (int i = 0; i < all.size(); i += step) {
				texts.add(new String(Files.readAllBytes(all.get(i)), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("tawasul.similarity.claims.background: cannot read " + folder, ex);
		}
		if (texts.isEmpty()) {
			throw new IllegalStateException(
					"tawasul.similarity.claims.background: no .txt file in " + folder.toAbsolutePath());
		}
		return texts;
	}

}
