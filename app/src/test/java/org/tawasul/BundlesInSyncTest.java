package org.tawasul;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic is the default bundle; French, English and Spanish must say everything Arabic says and nothing more,
 * so no page ever shows a key or silently falls back to another language.
 */
class BundlesInSyncTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "reporting", "identity", "audit", "vigilance", "newsroom", "channels",
			"notifications" })
	void everyLanguageHasExactlyTheArabicKeys(String bundle) throws IOException {
		Set<String> arabic = keys("i18n/" + bundle + ".properties");
		for (String language : new String[] { "fr", "en", "es" }) {
			assertThat(keys("i18n/" + bundle + "_" + language + ".properties"))
				.as("keys of %s_%s compared with the Arabic bundle", bundle, language)
				.containsExactlyInAnyOrderElementsOf(arabic);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "reporting", "identity", "audit", "vigilance", "newsroom", "channels",
			"notifications" })
	void noMessageIsBlank(String bundle) throws IOException {
		for (String suffix : new String[] { "", "_fr", "_en", "_es" }) {
			Properties properties = load("i18n/" + bundle + suffix + ".properties");
			properties.forEach((key, value) -> assertThat(value.toString())
				.as("%s in %s%s", key, bundle, suffix).isNotBlank());
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		return new TreeSet<>(load(resource).stringPropertyNames());
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = BundlesInSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}
}
