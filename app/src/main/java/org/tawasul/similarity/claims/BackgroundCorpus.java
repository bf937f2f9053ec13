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
 * French), whose word counts replace the shipped Moroccan news while few statements are published. Invalid bytes are
 * read as U+FFFD; a missing or empty folder stops the start with a message that names it.
 */
final class BackgroundCorpus {

	private BackgroundCorpus() {
	}

	static List<String> read(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException(
					"tawasul.similarity.claims.background: " + folder.toAbsolutePath() + " is not a folder");
		}
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
				.sorted()
				.toList()) {
				texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
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
