package org.tawasul.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tawasul.identity.Regions;
import org.tawasul.platform.TimeConfiguration;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;

/**
 * The triage inbox: the most severe first (child sexual exploitation and terrorism always on top), then by staff
 * priority, then the newest. Filters by category, status, language, submission dates, region (a region includes
 * its prefectures and provinces) and words of the text.
 */
@Service
public class Inbox {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Regions regions;

	Inbox(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/**
	 * What to show; {@code null} means "any".
	 *
	 * @param from first day (service zone) of submission
	 * @param to last day (service zone) of submission
	 */
	public record Filter(@Nullable ReportCategory category, @Nullable ReportStatus status, @Nullable String language,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String region, @Nullable String text,
			int page) {
	}

	/** One line of the inbox. */
	public record Row(ReportId id, long reference, ReportCategory category, ReportStatus status, int priority,
			String excerpt, String language, @Nullable String regionCode, @Nullable String assignee, boolean demo,
			boolean hasContact, Instant submittedAt) {

		public boolean severe() {
			return category.severity() >= 100;
		}
	}

	public List<Row> list(Filter filter) {
		StringBuilder sql = new StringBuilder("""
				select id, reference, category, status, priority, left(description, 160) as excerpt, language,
				       region_code, assignee, demo, has_contact, submitted_at
				from reporting.report where true""");
		List<Object> params = new ArrayList<>();
		if (filter.category() != null) {
			sql.append(" and category = ?");
			params.add(filter.category().name());
		}
		if (filter.status() != null) {
			sql.append(" and status = ?");
			params.add(filter.status().name());
		}
		if (filter.language() != null) {
			sql.append(" and language = ?");
			params.add(filter.language());
		}
		if (filter.from() != null) {
			sql.append(" and submitted_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(TimeConfiguration.SERVICE_ZONE).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and submitted_at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.SERVICE_ZONE).toInstant()));
		}
		if (filter.region() != null) {
			sql.append(" and region_code = any (?)");
			params.add(regions.withinScope(filter.region()).toArray(String[]::new));
		}
		if (filter.text() != null) {
			String query = ReportSearch.tsQuery(filter.text());
			if (!query.isEmpty()) {
				sql.append(" and search_vector @@ to_tsquery('simple', ?)");
				params.add(query);
			}
		}
		sql.append(" order by (severity >= 100) desc, priority desc, submitted_at desc limit ? offset ?");
		params.add(PAGE_SIZE + 1);
		params.add(Math.max(0, filter.page()) * PAGE_SIZE);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Row(new ReportId(rs.getObject("id", UUID.class)), rs.getLong("reference"),
					ReportCategory.valueOf(rs.getString("category")), ReportStatus.valueOf(rs.getString("status")),
					rs.getInt("priority"), rs.getString("excerpt"), rs.getString("language"),
					rs.getString("region_code"), rs.getString("assignee"), rs.getBoolean("demo"),
					rs.getBoolean("has_contact"), rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}
}
