package org.tawasul.channels.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.platform.TimeConfiguration;

/**
 * Demo data (only with {@code tawasul.demo.enabled}): three DEMO accounts, disconnected so that nothing is ever sent
 * with their dummy tokens, a few deliveries in each state, and 60 days of daily follower snapshots continuing the
 * published 2024 figures. Fixed ids: seeding again changes nothing.
 */
@Component
@ConditionalOnProperty("tawasul.demo.enabled")
class ChannelsDemo implements ApplicationRunner {

	private static final UUID X = UUID.fromString("0c0a0000-0000-4000-8000-000000000001");

	private static final UUID FACEBOOK = UUID.fromString("0c0a0000-0000-4000-8000-000000000002");

	private static final UUID INSTAGRAM = UUID.fromString("0c0a0000-0000-4000-8000-000000000003");

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	private final Audience audience;

	private final Clock clock;

	ChannelsDemo(JdbcClient jdbc, TokenCipher cipher, Audience audience, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audience = audience;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		account(X, "X", "DGSN_DEMO", "1100000000000000001", "ar", now);
		account(FACEBOOK, "FACEBOOK", "DGSN.Demo", "100000000000001", "ar", now);
		account(INSTAGRAM, "INSTAGRAM", "dgsn_demo", "17840000000000001", "fr", now);
		UUID publication = UUID.fromString("0c0a0000-0000-4000-8000-0000000000a1");
		delivery("0c0a0000-0000-4000-8000-0000000000d1", publication, X, "X", "POSTED", null,
				"https://x.com/DGSN_DEMO/status/1100000000000000099", now.minus(Duration.ofHours(3)));
		delivery("0c0a0000-0000-4000-8000-0000000000d2", publication, FACEBOOK, "FACEBOOK", "POSTED", null,
				"https://www.facebook.com/100000000000001_1", now.minus(Duration.ofHours(3)));
		delivery("0c0a0000-0000-4000-8000-0000000000d3", publication, INSTAGRAM, "INSTAGRAM", "FAILED",
				"channels.failure.too-long", null, now.minus(Duration.ofHours(2)));
		delivery("0c0a0000-0000-4000-8000-0000000000d4", UUID.fromString("0c0a0000-0000-4000-8000-0000000000a2"), X,
				"X", "GAVE_UP", "channels.failure.network-error", null, now.minus(Duration.ofHours(1)));
		LocalDate today = LocalDate.ofInstant(now, TimeConfiguration.SERVICE_ZONE);
		for (int day = 60; day >= 1; day--) {
			LocalDate date = today.minusDays(day);
			long t = 60 - day;
			audience.record("X", date, Audience.Source.API, 512_000 + 95 * t, "demo");
			audience.record("FACEBOOK", date, Audience.Source.API, 489_000 + 120 * t, "demo");
			audience.record("INSTAGRAM", date, Audience.Source.API, 236_000 + 80 * t, "demo");
		}
	}

	private void account(UUID id, String network, String handle, String externalId, String language, Instant now) {
		jdbc.sql("""
				insert into channels.account (id, network, handle, external_id, language, access_token, connected,
				    connected_at, connected_by, disconnected_at)
				values (:id, :network, :handle, :externalId, :language, :token, false, :now, 'demo', :now)
				on conflict (id) do nothing""")
			.param("id", id)
			.param("network", network)
			.param("handle", handle)
			.param("externalId", externalId)
			.param("language", language)
			.param("token", cipher.encrypt("demo-token-not-valid"))
			.param("now", Timestamp.from(now))
			.update();
	}

	private void delivery(String id, UUID publication, UUID account, String network, String state,
			@Nullable String failureKey, @Nullable String link, Instant at) {
		jdbc.sql("""
				insert into channels.delivery (id, publication_id, account_id, network, kind, language, idempotency_key,
				    state, attempts, remote_id, link, failure_key, created_at, updated_at)
				values (:id, :publication, :account, :network, 'POST', 'ar', :key, :state, 1, :remote, :link, :failure,
				    :at, :at)
				on conflict (id) do nothing""")
			.param("id", UUID.fromString(id))
			.param("publication", publication)
			.param("account", account)
			.param("network", network)
			.param("key", id.substring(id.length() - 16))
			.param("state", state)
			.param("remote", link == null ? null : "demo")
			.param("link", link)
			.param("failure", failureKey)
			.param("at", Timestamp.from(at))
			.update();
	}
}
