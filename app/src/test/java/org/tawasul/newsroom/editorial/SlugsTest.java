package org.tawasul.newsroom.editorial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@Test
	void keepsArabicLettersAndFoldsFrenchAccents() {
		assertThat(Slugs.of("بيان حقيقة: إشاعة اختطاف!")).isEqualTo("بيان-حقيقة-اشاعة-اختطاف");
		assertThat(Slugs.of("Mise au point : rumeur d'enlèvement à Fès")).isEqualTo("mise-au-point-rumeur-d-enlevement-a-fes");
		assertThat(Slugs.of("<script>")).isEqualTo("script");
		assertThat(Slugs.of("!!!")).isEqualTo("publication");
	}

	@Test
	void validatesTypedSlugs() {
		assertThat(Slugs.isValid("rumeur-casablanca")).isTrue();
		assertThat(Slugs.isValid("Rumeur Casablanca")).isFalse();
		assertThat(Slugs.isValid("../etc")).isFalse();
	}
}
