package org.tawasul.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no external database is configured.
 *
 * @param dataDirectory the cluster's directory; survives restarts unless {@code clean} is set
 * @param port the port to listen on, 0 for any free port
 * @param clean whether to wipe the directory on start (tests only)
 */
@ConfigurationProperties("tawasul.database.embedded")
public record DatabaseProperties(
		@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("0") int port,
		@DefaultValue("false") boolean clean) {
}
