package org.tawasul.vigilance.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.CaseStage;

/** Cases in PostgreSQL, saved with an optimistic version check so two people never overwrite each other's move. */
@Repository
public class Cases {

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Case> find(CaseId id) {
		List<StageEntry> history = jdbc.sql("""
				select stage, actor, note, at from vigilance.case_stage where case_id = ? order by seq""")
			.param(id.value())
			.query((rs, n) -> new StageEntry(CaseStage.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
		return jdbc.sql("select * from vigilance.vcase where id = ?")
			.param(id.value())
			.query((rs, n) -> map(rs, history))
			.optional();
	}

	public Case get(CaseId id) {
		return find(id).orElseThrow(() -> CaseRuleViolated.notFound(id));
	}

	/** Inserts or updates the case and appends its new history entries; throws if someone saved it meanwhile. */
	void save(Case c) {
		boolean isNew = c.version() == 0;
		if (isNew) {
			jdbc.sql("""
					insert into vigilance.vcase (id, title, category, severity, region_code, stage, detected_at,
					    opened_by, opened_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(c.id().value(), c.title(), c.category(), c.severity(), c.regionCode(), c.stage().name(),
						ts(c.detectedAt()), c.openedBy(), ts(c.openedAt()))
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update vigilance.vcase set stage = ?, detected_at = ?, communicated_at = ?, communication_link = ?,
					    publication_id = ?, prosecutor_reference = ?, dismissal_reason = ?, sla_breached_at = ?,
					    version = version + 1
					where id = ? and version = ?""")
				.params(c.stage().name(), ts(c.detectedAt()), ts(c.communicatedAt()), c.communicationLink(),
						c.publicationId(), c.prosecutorReference(), c.dismissalReason(), ts(c.slaBreachedAt()),
						c.id().value(), c.version())
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("case " + c.id() + " was changed by someone else");
			}
		}
		for (StageEntry entry : c.drainNewEntries()) {
			jdbc.sql("insert into vigilance.case_stage (case_id, stage, actor, note, at) values (?, ?, ?, ?, ?)")
				.params(c.id().value(), entry.stage().name(), entry.actor(), entry.note(), ts(entry.at()))
				.update();
		}
	}

	private static Case map(ResultSet rs, List<StageEntry> history) throws SQLException {
		return new Case(new CaseId(rs.getObject("id", UUID.class)), rs.getString("title"), rs.getString("category"),
				rs.getInt("severity"), rs.getString("region_code"), rs.getString("opened_by"),
				rs.getTimestamp("opened_at").toInstant(), CaseStage.valueOf(rs.getString("stage")),
				rs.getTimestamp("detected_at").toInstant(), instant(rs, "communicated_at"),
				rs.getString("communication_link"), rs.getObject("publication_id", UUID.class),
				rs.getString("prosecutor_reference"), rs.getString("dismissal_reason"),
				instant(rs, "sla_breached_at"), rs.getInt("version"), history);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
