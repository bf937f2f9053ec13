package org.tawasul.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the trail's head (entry count and last hash) to the structured log every hour. Shipped off the machine,
 * these lines are a second, external witness: even someone who rewrites both the entries and the anchor in the
 * database cannot rewrite what the log archive already holds (ADR 0151).
 */
@Component
class AuditHeadCheckpoint {

	private static final Logger log = LoggerFactory.getLogger(AuditHeadCheckpoint.class);

	private final JdbcClient jdbc;

	AuditHeadCheckpoint(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${tawasul.audit.checkpoint-interval:PT1H}")
	void checkpoint() {
		jdbc.sql("select entries, head_hash from audit.anchor where id = 1")
			.query((rs, n) -> {
				log.atInfo()
					.addKeyValue("audit.entries", rs.getLong(1))
					.addKeyValue("audit.head_hash", rs.getString(2))
					.log("audit checkpoint: {} entries, head {}", rs.getLong(1), rs.getString(2));
				return 1;
			})
			.optional();
	}
}
