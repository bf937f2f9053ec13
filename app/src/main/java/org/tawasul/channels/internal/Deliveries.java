package org.tawasul.channels.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tawasul.channels.Network;

/** The deliveries, in PostgreSQL. */
@Repository
class Deliveries {

	/** A row of the staff deliveries list. */
	record Row(UUID id, UUID publicationId, Network network, String handle, Delivery.Kind kind, String language,
			Delivery.State state, int attempts, @Nullable Instant nextAttemptAt, @Nullable String link,
			@Nullable String failureKey, @Nullable String failureDetail, Instant updatedAt) {

		public boolean retryable() {
			return state == Delivery.State.FAILED || state == Delivery.State.GAVE_UP;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Deliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds a planned delivery unless one for the same publication, account, kind and revision exists. */
	boolean addIfAbsent(Delivery d) {
		return jdbc.sql("""
				insert into channels.delivery (id, publication_id, account_id, network, kind, revision, language,
				    idempotency_key, state, attempts, next_attempt_at, created_at, updated_at)
				values (:id, :publication, :account, :network, :kind, :revision, :language, :key, :state, 0, :next,
				    :now, :now)
				on conflict (publication_id, account_id, kind, revision) do nothing""")
			.param("id", d.id())
			.param("publication", d.publicationId())
			.param("account", d.accountId())
			.param("network", d.network().name())
			.param("kind", d.kind().name())
			.param("revision", d.revision())
			.param("language", d.language())
			.param("key", d.idempotencyKey())
			.param("state", d.state().name())
			.param("next", ts(d.nextAttemptAt()))
			.param("now", Timestamp.from(d.createdAt()))
			.update() == 1;
	}

	void save(Delivery d) {
		jdbc.sql("""
				update channels.delivery set state = :state, attempts = :attempts, next_attempt_at = :next,
				    attempt_started_at = :started, remote_id = :remote, remote_parts = string_to_array(:parts, ','), link = :link,
				    failure_key = :failureKey, failure_detail = :failureDetail, updated_at = :now
				where id = :id""")
			.param("state", d.state().name())
			.param("attempts", d.attempts())
			.param("next", ts(d.nextAttemptAt()))
			.param("started", ts(d.attemptStartedAt()))
			.param("remote", d.remoteId())
			.param("parts", String.join(",", d.remoteParts()))
			.param("link", d.link())
			.param("failureKey", d.failureKey())
			.param("failureDetail", d.failureDetail())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", d.id())
			.update();
	}

	/** Locks up to {@code limit} due deliveries, skipping those another worker holds; call inside a transaction. */
	List<Delivery> lockDue(Instant now, int limit) {
		return jdbc.sql("""
				select * from channels.delivery
				where state in ('PENDING', 'FAILED') and next_attempt_at is not null and next_attempt_at <= :now
				order by next_attempt_at limit :limit for update skip locked""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(this::delivery)
			.list();
	}

	/** Locks one delivery for a change; call inside a transaction. */
	Optional<Delivery> lock(UUID id) {
		return jdbc.sql("select * from channels.delivery where id = :id for update").param("id", id)
			.query(this::delivery).optional();
	}

	Optional<Delivery> find(UUID id) {
		return jdbc.sql("select * from channels.delivery where id = :id").param("id", id).query(this::delivery)
			.optional();
	}

	List<Delivery> ofPublication(UUID publicationId) {
		return jdbc.sql("select * from channels.delivery where publication_id = :id order by created_at")
			.param("id", publicationId)
			.query(this::delivery)
			.list();
	}

	int nextRevision(UUID publicationId, Delivery.Kind kind) {
		return jdbc.sql("select coalesce(max(revision) + 1, 0) from channels.delivery where publication_id = :id and kind = :kind")
			.param("id", publicationId)
			.param("kind", kind.name())
			.query(Integer.class)
			.single();
	}

	/** The latest deliveries, or those of one publication when {@code publicationId} is given. */
	List<Row> recent(int limit, @Nullable UUID publicationId) {
		return jdbc.sql("""
				select d.*, a.handle from channels.delivery d join channels.account a on a.id = d.account_id
				where cast(:publication as uuid) is null or d.publication_id = cast(:publication as uuid)
				order by d.updated_at desc limit :limit""")
			.param("publication", publicationId)
			.param("limit", limit)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("publication_id", UUID.class),
					Network.valueOf(rs.getString("network")), rs.getString("handle"),
					Delivery.Kind.valueOf(rs.getString("kind")), rs.getString("language"),
					Delivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
					rs.getString("link"), rs.getString("failure_key"), rs.getString("failure_detail"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		Array parts = rs.getArray("remote_parts");
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("publication_id", UUID.class),
				rs.getObject("account_id", UUID.class), Network.valueOf(rs.getString("network")),
				Delivery.Kind.valueOf(rs.getString("kind")), rs.getInt("revision"), rs.getString("language"),
				rs.getString("idempotency_key"), Delivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "attempt_started_at"), rs.getString("remote_id"),
				parts == null ? List.of() : Arrays.asList((String[]) parts.getArray()), rs.getString("link"),
				rs.getString("failure_key"), rs.getString("failure_detail"), rs.getTimestamp("created_at").toInstant());
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
