package org.tawasul.vigilance.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.CaseStage;

/** What the vigilance pages read about cases: lists with their clocks, linked items, and the dashboard figures. */
@Service
public class CaseQueries {

	private final JdbcClient jdbc;

	private final VigilanceProperties properties;

	CaseQueries(JdbcClient jdbc, VigilanceProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** A line of a case list, with its clock as of the time asked. */
	public record CaseLine(UUID id, String title, String category, int severity, @Nullable String regionCode,
			CaseStage stage, Instant detectedAt, Duration elapsed, SlaStatus sla, boolean breachAnnounced) {

		public String elapsedText() {
			return SlaStatus.format(elapsed);
		}
	}

	/** A monitored item linked to a case. */
	public record LinkedItem(UUID id, String source, @Nullable String url, String text, Instant detectedAt,
			String flags) {
	}

	/** Open cases (not closed or dismissed) in these regions (empty: all), most severe then oldest first. */
	public List<CaseLine> open(List<String> scope, Instant now) {
		return jdbc.sql("""
				select id, title, category, severity, region_code, stage, detected_at, communicated_at, sla_breached_at
				from vigilance.vcase
				where stage not in ('CLOSED', 'DISMISSED')
				  and (cardinality(?::text[]) = 0 or region_code is null or region_code = any(?::text[]))
				order by severity desc, detected_at asc limit 200""")
			.params(scope.toArray(String[]::new), scope.toArray(String[]::new))
			.query((rs, n) -> {
				Instant detected = rs.getTimestamp(7).toInstant();
				Instant communicated = Cases.instant(rs, "communicated_at");
				Duration elapsed = Duration.between(detected, communicated != null ? communicated : now);
				if (elapsed.isNegative()) {
					elapsed = Duration.ZERO;
				}
				return new CaseLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
						rs.getString(5), CaseStage.valueOf(rs.getString(6)), detected, elapsed,
						SlaStatus.of(elapsed, properties.sla()), rs.getTimestamp(9) != null);
			})
			.list();
	}

	public List<LinkedItem> items(CaseId id) {
		return jdbc.sql("""
				select i.id, i.source, i.url, i.text, i.detected_at, i.flags::text
				from vigilance.case_item ci join vigilance.monitored_item i on i.id = ci.item_id
				where ci.case_id = ? order by i.detected_at limit 200""")
			.param(id.value())
			.query((rs, n) -> new LinkedItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	public List<UUID> reports(CaseId id) {
		return jdbc.sql("select report_id from vigilance.case_report where case_id = ? order by detected_at")
			.param(id.value()).query(UUID.class).list();
	}

	/** One cell of the open-cases table. */
	public record StageRegionCount(CaseStage stage, @Nullable String regionCode, long count) {
	}

	public List<StageRegionCount> openByStageAndRegion() {
		return jdbc.sql("""
				select stage, region_code, count(*) from vigilance.vcase
				where stage not in ('CLOSED', 'DISMISSED') group by stage, region_code order by region_code, stage""")
			.query((rs, n) -> new StageRegionCount(CaseStage.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * Time from first detection to first public communication in one month (by detection, service time zone).
	 *
	 * @param answered cases answered that month
	 */
	public record MonthlyTimes(String month, long answered, Duration median, Duration p90, long withinTarget,
			long breached) {

		public String medianText() {
			return SlaStatus.format(median);
		}

		public String p90Text() {
			return SlaStatus.format(p90);
		}
	}

	public List<MonthlyTimes> monthlyTimeToCommunication() {
		return jdbc.sql("""
				select to_char(date_trunc('month', detected_at at time zone 'Africa/Casablanca'), 'YYYY-MM') as month,
				       count(*),
				       percentile_cont(0.5) within group (order by extract(epoch from communicated_at - detected_at)),
				       percentile_cont(0.9) within group (order by extract(epoch from communicated_at - detected_at)),
				       count(*) filter (where communicated_at - detected_at <= make_interval(secs => ?)),
				       count(*) filter (where communicated_at - detected_at >= make_interval(secs => ?))
				from vigilance.vcase where communicated_at is not null
				group by 1 order by 1 desc limit 24""")
			.params(properties.sla().target().toSeconds(), properties.sla().breach().toSeconds())
			.query((rs, n) -> new MonthlyTimes(rs.getString(1), rs.getLong(2), seconds(rs.getDouble(3)),
					seconds(rs.getDouble(4)), rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private static Duration seconds(double seconds) {
		return Duration.ofMillis(Math.round(seconds * 1000));
	}

	public VigilanceProperties.Sla sla() {
		return properties.sla();
	}
}
