package org.tawasul.similarity.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundCorpusTest {

	@TempDir
	Path folder;

	@Test
	void readsEachTextFileOfTheFolder() throws IOException {
		Files.writeString(folder.resolve("b.txt"), "La DGSN dément une rumeur sur les réseaux sociaux");
		Files.writeString(folder.resolve("a.txt"), "المديرية العامة للأمن الوطني تنفي إشاعة");
		Files.writeString(folder.resolve("notes.md"), "not a text of the corpus");
		Files.write(folder.resolve("c.txt"), new byte[] { 'o', 'k', (byte) 0xFF });

		assertThat(BackgroundCorpus.read(folder)).containsExactly("المديرية العامة للأمن الوطني تنفي إشاعة",
				"La DGSN dément une rumeur sur les réseaux sociaux", "ok\uFFFD");
	}

	@Test
	void readsAnEvenSpreadOfALargeArchive() throws IOException {
		for (int i = 0; i < BackgroundCorpus.MAX_TEXTS + 3; i++) {
			Files.writeString(folder.resolve("%05d.txt".formatted(i)), "خبر " + i);
		}
		var texts = BackgroundCorpus.read(folder);
		assertThat(texts).hasSize((BackgroundCorpus.MAX_TEXTS + 3 + 1) / 2)
			.startsWith("خبر 0", "خبر 2")
			.endsWith("خبر " + (BackgroundCorpus.MAX_TEXTS + 2));
	}

	@Test
	void aMissingOrEmptyFolderStopsTheStartAndSaysWhich() throws IOException {
		Path missing = folder.resolve("archive");
		assertThatThrownBy(() -> BackgroundCorpus.read(missing)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tawasul.similarity.claims.background")
			.hasMessageContaining("archive");
		Files.writeString(folder.resolve("readme.md"), "nothing to count", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> BackgroundCorpus.read(folder)).hasMessageContaining("no .txt file");
	}

	@Test
	void theClaimIndexReadsTheConfiguredFolder() throws IOException {
		Path missing = folder.resolve("archive");
		assertThatThrownBy(() -> new ClaimMatching(null, null, Clock.systemUTC(), properties(missing)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("archive");
		Files.writeString(folder.resolve("news.txt"), "المغرب: الشرطة توقف شبكة للاحتيال الإلكتروني");
		ClaimMatching matching = new ClaimMatching(null, null, Clock.systemUTC(), properties(folder));
		try {
			assertThat(matching.indexed()).isZero();
		}
		finally {
			matching.destroy();
		}
	}

	private static ClaimMatchingProperties properties(Path background) {
		return new ClaimMatchingProperties(0.04, 0.90, 50, 16, 1, background);
	}

}
