package org.tawasul.similarity.claims;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportId;
import org.tawasul.similarity.MatchLevel;
import org.tawasul.similarity.StatementMatched;
import org.tawasul.similarity.StatementMatches;

/** Matches as stored in PostgreSQL, and staff decisions on suggestions (kept as feedback for threshold tuning). */
@Service
class JdbcStatementMatches implements StatementMatches {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	JdbcStatementMatches(JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<UUID> answersFor(ReportId reportId) {
		return jdbc.sql("""
				select publication_id from similarity.statement_match
				where report_id = ? and status in ('ANSWERED', 'CONFIRMED') order by matched_at""")
			.param(reportId.value())
			.query(UUID.class)
			.list();
	}

	@Override
	public List<Suggestion> pendingSuggestions(int limit) {
		return jdbc.sql("""
				select m.report_id, r.text, m.publication_id, m.score, m.matched_at
				from similarity.statement_match m join similarity.report_text r using (report_id)
				where m.status = 'SUGGESTED' order by m.matched_at desc limit ?""")
			.param(limit)
			.query((rs, n) -> new Suggestion(new ReportId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getObject(3, UUID.class), rs.getDouble(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	@Override
	@Transactional
	public void confirm(ReportId reportId, UUID publicationId, String actor) {
		double score = decide(reportId, publicationId, "CONFIRMED", actor);
		events.publishEvent(new StatementMatched(reportId, publicationId, score, MatchLevel.CONFIRM, clock.instant()));
	}

	@Override
	@Transactional
	public void dismiss(ReportId reportId, UUID publicationId, String actor) {
		decide(reportId, publicationId, "DISMISSED", actor);
	}

	private double decide(ReportId reportId, UUID publicationId, String decision, String actor) {
		Instant now = clock.instant();
		List<Double> scores = jdbc.sql("""
				update similarity.statement_match set status = ?, decided_by = ?, decided_at = ?
				where report_id = ? and publication_id = ? and status = 'SUGGESTED' returning score""")
			.params(decision, actor, Timestamp.from(now), reportId.value(), publicationId)
			.query(Double.class)
			.list();
		if (scores.isEmpty()) {
			throw new DomainException(HttpStatus.CONFLICT, "newsroom.match-already-decided");
		}
		jdbc.sql("""
				insert into similarity.match_feedback (report_id, publication_id, score, decision, decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(reportId.value(), publicationId, scores.get(0), decision, actor, Timestamp.from(now))
			.update();
		audit.record(actor, "statement-match." + decision.toLowerCase(java.util.Locale.ROOT),
				"report:" + reportId, Map.of("publication", publicationId.toString(), "score", scores.get(0).toString()));
		return scores.get(0);
	}
}
