package org.tawasul.platform.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tawasul.TawasulTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database never settles for another PostgreSQL that happens to hold its port. */
@TawasulTest
class EmbeddedDatabaseTest {

	@Autowired
	EmbeddedPostgres running;

	@Test
	void aPortServedByAnotherPostgresqlIsRefusedNotUsed(@TempDir Path directory) {
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		DatabaseProperties samePort = new DatabaseProperties(directory.resolve("postgres"), running.getPort(), true,
				false);

		assertThatThrownBy(() -> configuration.embeddedPostgres(samePort)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Port " + running.getPort() + " is served by another PostgreSQL");
	}
}
