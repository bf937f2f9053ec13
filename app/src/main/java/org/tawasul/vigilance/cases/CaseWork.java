package org.tawasul.vigilance.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.CaseStage;

/**
 * What people do with cases: open one (from an alert, from reports, or by hand), move it through its stages,
 * answer the public, dismiss it. Each use case loads the aggregate, lets it decide, saves it, publishes its events
 * and writes the audit entry, in one transaction.
 */
@Service
public class CaseWork {

	private final Cases cases;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	CaseWork(Cases cases, JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a new case starts from.
	 *
	 * @param alertId the alert it answers (its group and items are linked, and the alert leaves the queue)
	 * @param itemIds monitored items to link
	 * @param reportIds escalated citizen reports to link (they must have reached vigilance)
	 * @param detectedAt for a case opened by hand about something seen earlier; otherwise now
	 */
	public record OpenCase(String title, String category, int severity, @Nullable String regionCode,
			@Nullable UUID alertId, List<UUID> itemIds, List<UUID> reportIds, @Nullable Instant detectedAt) {
	}

	@Transactional
	public CaseId open(OpenCase request, Actor actor) {
		Instant now = clock.instant();
		List<UUID> items = new java.util.ArrayList<>(request.itemIds());
		List<UUID> groups = new java.util.ArrayList<>();
		if (request.alertId() != null) {
			UUID group = jdbc.sql("""
					select group_id from vigilance.alert
					where id = ? and case_id is null and (taken_by is null or taken_by = ?) for update""")
				.params(request.alertId(), actor.username())
				.query(UUID.class)
				.optional()
				.orElseThrow(() -> CaseRuleViolated.conflict("vigilance.alert.not-yours"));
			groups.add(group);
			items.addAll(jdbc.sql("select id from vigilance.monitored_item where group_id = ?").param(group)
				.query(UUID.class).list());
		}
		Map<UUID, Instant> reports = new LinkedHashMap<>();
		for (UUID report : request.reportIds()) {
			jdbc.sql("""
					select id, detected_at from vigilance.monitored_item
					where source = 'REPORT' and source_item_id = ?""")
				.param(report.toString())
				.query((rs, n) -> {
					items.add(rs.getObject(1, UUID.class));
					reports.put(report, rs.getTimestamp(2).toInstant());
					return 0;
				})
				.list();
			if (!reports.containsKey(report)) {
				throw CaseRuleViolated.invalid("vigilance.case.unknown-report", report);
			}
		}
		List<UUID> distinctItems = items.stream().distinct().toList();
		Instant detected = request.detectedAt() != null ? request.detectedAt() : now;
		for (UUID item : distinctItems) {
			Instant at = jdbc.sql("select detected_at from vigilance.monitored_item where id = ?").param(item)
				.query(Timestamp.class).optional().map(Timestamp::toInstant)
				.orElseThrow(() -> CaseRuleViolated.invalid("vigilance.case.unknown-item", item));
			detected = at.isBefore(detected) ? at : detected;
		}
		Case c = Case.open(request.title(), request.category(), request.severity(), request.regionCode(), detected,
				actor, now);
		cases.save(c);
		for (UUID item : distinctItems) {
			jdbc.sql("insert into vigilance.case_item (case_id, item_id) values (?, ?) on conflict do nothing")
				.params(c.id().value(), item).update();
			jdbc.sql("""
					insert into vigilance.case_group (case_id, group_id)
					select ?, group_id from vigilance.monitored_item where id = ? on conflict do nothing""")
				.params(c.id().value(), item).update();
		}
		reports.forEach((report, at) -> jdbc.sql(
				"insert into vigilance.case_report (case_id, report_id, detected_at) values (?, ?, ?) on conflict do nothing")
			.params(c.id().value(), report, Timestamp.from(at)).update());
		if (request.alertId() != null) {
			jdbc.sql("""
					update vigilance.alert set case_id = ?, taken_by = coalesce(taken_by, ?), taken_at = coalesce(taken_at, ?)
					where id = ?""")
				.params(c.id().value(), actor.username(), Timestamp.from(now), request.alertId()).update();
		}
		publish(c);
		audit.record(actor.username(), "case.open", "case:" + c.id(), Map.of("title", c.title(),
				"items", String.valueOf(distinctItems.size()), "reports", String.valueOf(reports.size()),
				"alert", String.valueOf(request.alertId())));
		return c.id();
	}

	@Transactional
	public void advance(CaseId id, CaseStage target, Actor actor, @Nullable String note, @Nullable String reference) {
		Case c = cases.get(id);
		c.advance(target, actor, note, reference, clock.instant());
		save(c, actor, "case.advance", Map.of("to", target.name(), "reference", String.valueOf(reference)));
	}

	@Transactional
	public void communicate(CaseId id, String link, Actor actor, @Nullable String note) {
		Case c = cases.get(id);
		c.communicateByHand(link, actor, note, clock.instant());
		save(c, actor, "case.communicate", Map.of("link", link));
	}

	@Transactional
	public void dismiss(CaseId id, String reason, Actor actor) {
		Case c = cases.get(id);
		c.dismiss(reason, actor, clock.instant());
		save(c, actor, "case.dismiss", Map.of("reason", reason));
	}

	/** A publication naming these cases went public: each open one completes its communication stage. */
	@Transactional
	public void publicationPublished(UUID publicationId, List<UUID> caseIds, Instant publishedAt) {
		for (UUID caseId : caseIds) {
			cases.find(new CaseId(caseId)).ifPresent(c -> {
				if (c.communicatedByPublication(publicationId, publishedAt, clock.instant())) {
					save(c, Actor.system(), "case.communicated-by-publication",
							Map.of("publication", publicationId.toString()));
				}
			});
		}
	}

	private void save(Case c, Actor actor, String action, Map<String, String> details) {
		cases.save(c);
		publish(c);
		audit.record(actor.username(), action, "case:" + c.id(), details);
	}

	private void publish(Case c) {
		c.drainEvents().forEach(events::publishEvent);
	}
}
