package org.tawasul.channels.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tawasul.channels.Network;
import org.tawasul.platform.TimeConfiguration;

/**
 * Once a day (00:30 service time) records each connected account's followers, and the engagement of the posts of
 * the last 30 days where the network reports it. A network that fails is skipped for that day and logged; the
 * others are still recorded.
 */
@Component
class AudienceSnapshots {

	private static final Logger log = LoggerFactory.getLogger(AudienceSnapshots.class);

	private final ChannelAccounts accounts;

	private final Audience audience;

	private final Map<Network, Connector> connectors = new EnumMap<>(Network.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	AudienceSnapshots(ChannelAccounts accounts, Audience audience, List<Connector> connectors, JdbcClient jdbc,
			Clock clock) {
		this.accounts = accounts;
		this.audience = audience;
		connectors.forEach(c -> this.connectors.put(c.network(), c));
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "0 30 0 * * *", zone = "Africa/Casablanca")
	void daily() {
		takeSnapshots();
	}

	/** Returns how many accounts were counted. */
	int takeSnapshots() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.SERVICE_ZONE);
		Map<Network, Long> perNetwork = new EnumMap<>(Network.class);
		int counted = 0;
		for (ChannelAccount account : accounts.connected()) {
			Connector connector = connectors.get(account.network());
			try {
				perNetwork.merge(account.network(), connector.followers(account), Long::sum);
				counted++;
				engagement(account, connector, today);
			}
			catch (ChannelFailure ex) {
				log.warn("no audience snapshot of {} today: {}", account, ex.detail());
			}
		}
		perNetwork.forEach((network, followers) -> audience.record(network.name(), today, Audience.Source.API,
				followers, null));
		return counted;
	}

	private void engagement(ChannelAccount account, Connector connector, LocalDate today) {
		List<Map<String, Object>> posts = jdbc.sql("""
				select id, remote_id from channels.delivery
				where account_id = :account and kind = 'POST' and state = 'POSTED' and updated_at > :since""")
			.param("account", account.id())
			.param("since", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30))))
			.query()
			.listOfRows();
		for (Map<String, Object> post : posts) {
			try {
				audience.engagement((UUID) post.get("id"), today,
						connector.engagement(account, (String) post.get("remote_id")));
			}
			catch (ChannelFailure ex) {
				log.debug("no engagement for {}: {}", post.get("remote_id"), ex.detail());
			}
		}
	}
}
