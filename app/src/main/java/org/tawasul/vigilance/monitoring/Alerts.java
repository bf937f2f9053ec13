package org.tawasul.vigilance.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.vigilance.cases.VigilanceProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts on rumour groups: raised once per group when the group grows fast (a configured count within a window), an
 * item carries a severe category, or a watch-list term matched; afterwards updated (size, severity, reasons) as
 * the group grows. Taking one is atomic: a single {@code UPDATE … WHERE taken_by IS NULL} decides who got it.
 */
@Service
public class Alerts {

	private final JdbcClient jdbc;

	private final VigilanceProperties properties;

	private final AuditTrail audit;

	private final JsonMapper json = JsonMapper.builder().build();

	/** Key of the advisory lock serialising alert writes ("vigilance.alert" as a number). */
	static final long ALERT_WRITE_LOCK = 0x7661_6c65_7274L;

	private final org.springframework.jdbc.core.JdbcTemplate template;

	Alerts(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, VigilanceProperties properties,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.template = template;
		this.properties = properties;
		this.audit = audit;
	}

	/** Raises or updates the alerts of the groups a batch touched; runs in the intake's transaction. */
	void evaluate(Collection<Intake.AlertInput> inputs, Instant now) {
		// Concurrent batches touch the same hot groups; one transaction-scoped lock makes their alert writes take
		// turns (held from here to commit, a few milliseconds) instead of deadlocking on each other's rows.
		jdbc.sql("select pg_advisory_xact_lock(?)").param(ALERT_WRITE_LOCK).query((rs, n) -> 1).list();
		UUID[] groupIds = inputs.stream().map(i -> i.groupId).toArray(UUID[]::new);
		Instant windowStart = now.minus(properties.alerts().growthWindow());
		int growthCount = properties.alerts().growthCount();
		// Recent items per group, counted only up to the threshold: a viral group costs no more than a small one.
		Map<UUID, Long> recent = new HashMap<>();
		jdbc.sql("""
				select g, (select count(*) from (select 1 from vigilance.monitored_item i
				                                 where i.group_id = g and i.received_at >= ? limit ?) x)
				from unnest(?::uuid[]) g""")
			.params(Timestamp.from(windowStart), growthCount, groupIds)
			.query((rs, n) -> recent.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		List<Object[]> raises = new ArrayList<>();
		List<Object[]> growths = new ArrayList<>();
		for (Intake.AlertInput input : inputs) {
			long[] count = { recent.getOrDefault(input.groupId, 1L), Math.max(1, input.groupSize) };
			List<Flag> reasons = new ArrayList<>(input.flags);
			if (count[0] >= growthCount) {
				reasons.add(new Flag(Flag.GROWTH, "RUMOUR", "", null));
			}
			if (!reasons.isEmpty() || input.severity >= properties.alerts().severeCategory()) {
				String text = input.sample.text();
				raises.add(new Object[] { UUID.randomUUID(), input.groupId, input.severity, input.regionCode,
						json.writeValueAsString(reasons), (int) count[1], text.length() > 500 ? text.substring(0, 500) : text,
						input.sample.url(), Timestamp.from(input.firstDetectedAt), Timestamp.from(now),
						Timestamp.from(now) });
			}
			else if (count[1] > 1) {
				growths.add(new Object[] { (int) count[1], Timestamp.from(now), input.groupId });
			}
		}
		if (!raises.isEmpty()) {
			template.batchUpdate("""
					insert into vigilance.alert (id, group_id, severity, region_code, reasons, item_count, sample_text,
					    sample_url, first_detected_at, raised_at, updated_at)
					values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
					on conflict (group_id) do update set
					    severity = greatest(alert.severity, excluded.severity),
					    region_code = coalesce(alert.region_code, excluded.region_code),
					    reasons = (select coalesce(jsonb_agg(distinct r), '[]'::jsonb)
					               from jsonb_array_elements(alert.reasons || excluded.reasons) r),
					    item_count = greatest(alert.item_count, excluded.item_count),
					    first_detected_at = least(alert.first_detected_at, excluded.first_detected_at),
					    updated_at = excluded.updated_at""", raises);
		}
		if (!growths.isEmpty()) {
			template.batchUpdate("update vigilance.alert set item_count = ?, updated_at = ? where group_id = ?", growths);
		}
	}

	/**
	 * Takes an alert for {@code analyst}: true for exactly one of any number of concurrent callers, false when it
	 * was taken already or became a case.
	 */
	@Transactional
	public boolean take(UUID alertId, String analyst, Instant now) {
		boolean taken = jdbc.sql("""
				update vigilance.alert set taken_by = ?, taken_at = ?
				where id = ? and taken_by is null and case_id is null returning id""")
			.params(analyst, Timestamp.from(now), alertId)
			.query(UUID.class)
			.optional()
			.isPresent();
		if (taken) {
			audit.record(analyst, "alert.take", "alert:" + alertId, Map.of());
		}
		return taken;
	}

	/** Gives a taken alert back to the queue. */
	@Transactional
	public boolean release(UUID alertId, String analyst) {
		boolean released = jdbc.sql("""
				update vigilance.alert set taken_by = null, taken_at = null
				where id = ? and taken_by = ? and case_id is null""")
			.params(alertId, analyst)
			.update() == 1;
		if (released) {
			audit.record(analyst, "alert.release", "alert:" + alertId, Map.of());
		}
		return released;
	}

	/**
	 * The live queue: alerts without a case, free or taken by this analyst, in the analyst's regions (alerts with
	 * no known region are everyone's), most severe first, then oldest first.
	 *
	 * @param scope region codes the analyst covers; empty for every region
	 */
	public List<Alert> queue(List<String> scope, String analyst, int limit) {
		return jdbc.sql("""
				select * from vigilance.alert
				where case_id is null and (taken_by is null or taken_by = ?)
				  and (cardinality(?::text[]) = 0 or region_code is null or region_code = any(?::text[]))
				order by severity desc, first_detected_at asc
				limit ?""")
			.params(analyst, scope.toArray(String[]::new), scope.toArray(String[]::new), limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	public Optional<Alert> find(UUID id) {
		return jdbc.sql("select * from vigilance.alert where id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	private Alert map(ResultSet rs) throws SQLException {
		return new Alert(rs.getObject("id", UUID.class), rs.getObject("group_id", UUID.class), rs.getInt("severity"),
				rs.getString("region_code"), List.of(json.readValue(rs.getString("reasons"), Flag[].class)),
				rs.getInt("item_count"), rs.getString("sample_text"), rs.getString("sample_url"),
				rs.getTimestamp("first_detected_at").toInstant(), rs.getTimestamp("raised_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("taken_by"),
				rs.getObject("case_id", UUID.class));
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
