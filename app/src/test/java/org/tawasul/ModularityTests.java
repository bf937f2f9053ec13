package org.tawasul;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their published APIs, and their diagrams in {@code docs/modules/} stay current. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Tawasul.class);

	@Test
	void modulesOnlyUseEachOthersPublishedApi() {
		modules.verify();
	}

	@Test
	void everyArchitectureModuleExists() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("reporting", "similarity", "vigilance", "newsroom", "channels", "notifications", "identity",
					"audit", "platform");
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(Path.of("../docs/modules"))) {
			for (Path file : files.toList()) {
				Files.writeString(file, inStableOrder(Files.readString(file)));
			}
		}
	}

	@Test
	void generatedListsAreWrittenInOneOrder() {
		assertThat(inStableOrder("a\nRel(b)\nRel(a)\nx\n|* `B`\n* `A`\n|===\n"))
			.isEqualTo("a\nRel(a)\nRel(b)\nx\n|* `A`\n* `B`\n|===\n");
	}

	/**
	 * The documenter lists relations and events in hash order, so every run rewrote the files in another order;
	 * runs of relation lines and of list items are sorted, so the files change only when the modules do.
	 */
	static String inStableOrder(String text) {
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String runKind = null;
		for (String line : text.split("\n", -1)) {
			String kind = line.startsWith("Rel(") ? "rel" : line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
			if (kind == null || !kind.equals(runKind) || line.startsWith("|* ")) {
				flush(run, out);
				runKind = kind;
			}
			if (kind == null) {
				out.add(line);
			}
			else {
				run.add(line);
			}
		}
		flush(run, out);
		return String.join("\n", out);
	}

	private static void flush(List<String> run, List<String> out) {
		if (run.isEmpty()) {
			return;
		}
		boolean table = run.getFirst().startsWith("|");
		List<String> sorted = new ArrayList<>(run.stream().map(l -> l.startsWith("|") ? l.substring(1) : l).sorted().toList());
		if (table) {
			sorted.set(0, "|" + sorted.getFirst());
		}
		out.addAll(sorted);
		run.clear();
	}
}
