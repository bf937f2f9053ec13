package org.tawasul.vigilance.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.SlaBreached;

/**
 * Watches the clocks: a case whose time from detection passed the breach limit before its first public
 * communication gets {@code sla_breached_at} set and one {@link SlaBreached} event. Setting the flag in the same
 * {@code UPDATE … WHERE sla_breached_at IS NULL} that selects the case makes it once-only, even with several nodes
 * checking at the same time.
 */
@Service
public class SlaWatch {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final VigilanceProperties properties;

	SlaWatch(JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			VigilanceProperties properties) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${tawasul.vigilance.sla.check-interval:30s}",
			initialDelayString = "${tawasul.vigilance.sla.check-interval:30s}")
	void scheduledCheck() {
		checkBreaches();
	}

	/** Announces every breach not yet announced; returns the cases announced now. */
	@Transactional
	public List<CaseId> checkBreaches() {
		Instant now = clock.instant();
		long limitSeconds = properties.sla().breach().toSeconds();
		List<SlaBreached> breached = jdbc.sql("""
				update vigilance.vcase set sla_breached_at = ?
				where sla_breached_at is null and stage <> 'DISMISSED'
				  and ((communicated_at is null and detected_at <= ?)
				       or (communicated_at is not null and communicated_at - detected_at >= make_interval(secs => ?)))
				returning id, title, region_code, detected_at""")
			.params(Timestamp.from(now), Timestamp.from(now.minus(properties.sla().breach())), limitSeconds)
			.query((rs, n) -> new SlaBreached(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3), rs.getTimestamp(4).toInstant(), properties.sla().breach(), now))
			.list();
		for (SlaBreached breach : breached) {
			events.publishEvent(breach);
			audit.record("system", "case.sla-breached", "case:" + breach.caseId(),
					Map.of("limit", breach.limit().toString(), "detectedAt", breach.detectedAt().toString()));
		}
		return breached.stream().map(SlaBreached::caseId).toList();
	}
}
