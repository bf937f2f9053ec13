package org.tawasul.channels.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.channels.Network;
import org.tawasul.platform.DomainException;

/** The official accounts; tokens go through {@link TokenCipher} on their way in and out. */
@Repository
class ChannelAccounts {

	/** What staff pages show of an account: never its tokens. */
	record Summary(UUID id, Network network, String handle, String externalId, String language, boolean connected,
			Instant connectedAt, String connectedBy, @Nullable Instant tokenExpiresAt) {
	}

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	private final Clock clock;

	ChannelAccounts(JdbcClient jdbc, TokenCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	@Transactional
	UUID connect(Network network, String handle, String externalId, String language, String accessToken,
			@Nullable String refreshToken, @Nullable Instant expiresAt, String by) {
		jdbc.sql("update channels.account set connected = false, disconnected_at = :now "
				+ "where network = :network and external_id = :externalId and connected")
			.param("now", Timestamp.from(clock.instant()))
			.param("network", network.name())
			.param("externalId", externalId)
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into channels.account (id, network, handle, external_id, language, access_token, refresh_token,
				    token_expires_at, connected, connected_at, connected_by)
				values (:id, :network, :handle, :externalId, :language, :access, :refresh, :expires, true, :now, :by)""")
			.param("id", id)
			.param("network", network.name())
			.param("handle", handle)
			.param("externalId", externalId)
			.param("language", language)
			.param("access", cipher.encrypt(accessToken))
			.param("refresh", refreshToken == null || refreshToken.isBlank() ? null : cipher.encrypt(refreshToken))
			.param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
			.param("now", Timestamp.from(clock.instant()))
			.param("by", by)
			.update();
		return id;
	}

	@Transactional
	void disconnect(UUID id) {
		int changed = jdbc.sql("update channels.account set connected = false, disconnected_at = :now where id = :id and connected")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new DomainException(HttpStatus.NOT_FOUND, "channels.account.unknown");
		}
	}

	/** Stores tokens obtained by a refresh. */
	@Transactional
	void replaceTokens(UUID id, String accessToken, @Nullable String refreshToken, @Nullable Instant expiresAt) {
		jdbc.sql("""
				update channels.account set access_token = :access,
				    refresh_token = coalesce(:refresh, refresh_token), token_expires_at = :expires where id = :id""")
			.param("access", cipher.encrypt(accessToken))
			.param("refresh", refreshToken == null ? null : cipher.encrypt(refreshToken))
			.param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
			.param("id", id)
			.update();
	}

	Optional<ChannelAccount> find(UUID id) {
		return jdbc.sql("select * from channels.account where id = :id").param("id", id).query(this::account).optional();
	}

	List<ChannelAccount> connected() {
		return jdbc.sql("select * from channels.account where connected order by network, handle").query(this::account)
			.list();
	}

	List<Summary> summaries() {
		return jdbc.sql("select * from channels.account order by connected desc, network, handle")
			.query((rs, n) -> new Summary(rs.getObject("id", UUID.class), Network.valueOf(rs.getString("network")),
					rs.getString("handle"), rs.getString("external_id"), rs.getString("language"),
					rs.getBoolean("connected"), rs.getTimestamp("connected_at").toInstant(),
					rs.getString("connected_by"), instant(rs, "token_expires_at")))
			.list();
	}

	private ChannelAccount account(ResultSet rs, int row) throws SQLException {
		byte[] refresh = rs.getBytes("refresh_token");
		return new ChannelAccount(rs.getObject("id", UUID.class), Network.valueOf(rs.getString("network")),
				rs.getString("handle"), rs.getString("external_id"), rs.getString("language"),
				cipher.decrypt(rs.getBytes("access_token")), refresh == null ? null : cipher.decrypt(refresh),
				instant(rs, "token_expires_at"), rs.getBoolean("connected"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
