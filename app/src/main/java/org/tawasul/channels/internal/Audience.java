package org.tawasul.channels.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The followers time series (our daily snapshots and the published yearly figures) and post engagement. */
@Repository
class Audience {

	enum Source {
		API, PUBLISHED
	}

	/**
	 * One point of the series.
	 *
	 * @param network X, FACEBOOK, INSTAGRAM, or ALL for a published total
	 */
	record Point(String network, LocalDate takenOn, Source source, long followers, @Nullable String note) {
	}

	private final JdbcClient jdbc;

	Audience(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a figure; a second snapshot of the same day and source replaces the first. */
	void record(String network, LocalDate day, Source source, long followers, @Nullable String note) {
		jdbc.sql("""
				insert into channels.audience_snapshot (network, taken_on, source, followers, note)
				values (:network, :day, :source, :followers, :note)
				on conflict (network, taken_on, source) do update set followers = excluded.followers, note = excluded.note""")
			.param("network", network)
			.param("day", Date.valueOf(day))
			.param("source", source.name())
			.param("followers", followers)
			.param("note", note)
			.update();
	}

	void engagement(UUID deliveryId, LocalDate day, Connector.Engagement e) {
		jdbc.sql("""
				insert into channels.post_engagement (delivery_id, taken_on, likes, shares, replies, impressions)
				values (:id, :day, :likes, :shares, :replies, :impressions)
				on conflict (delivery_id, taken_on) do update set likes = excluded.likes, shares = excluded.shares,
				    replies = excluded.replies, impressions = excluded.impressions""")
			.param("id", deliveryId)
			.param("day", Date.valueOf(day))
			.param("likes", e.likes())
			.param("shares", e.shares())
			.param("replies", e.replies())
			.param("impressions", e.impressions())
			.update();
	}

	List<Point> series() {
		return jdbc.sql("select * from channels.audience_snapshot order by taken_on, network, source")
			.query((rs, n) -> new Point(rs.getString("network"), rs.getDate("taken_on").toLocalDate(),
					Source.valueOf(rs.getString("source")), rs.getLong("followers"), rs.getString("note")))
			.list();
	}
}
