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
 * @param durable whether every commit is flushed to disk before it is acknowledged ({@code fsync},
 *     {@code synchronous_commit}, {@code full_page_writes} on). Always on for real data: an acknowledged report must
 *     survive a power cut, not only a crash of the JVM. Tests turn it off for speed.
 */
@ConfigurationProperties("tawasul.database.embedded")
public record DatabaseProperties(
		@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("0") int port,
		@DefaultValue("false") boolean clean,
		@DefaultValue("true") boolean durable) {
}
