package org.tawasul.similarity.grouping;

import java.sql.Array;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.similarity.ClusterGrew;
import org.tawasul.similarity.GroupAssignment;
import org.tawasul.similarity.RumourGroups;

/**
 * Rumour groups on a MinHash / LSH index held in memory (16 bands of 4 rows) and persisted in
 * {@code similarity.rumour_group_member} with each member's signature, from which the index is rebuilt on start. An
 * item joins the group of its most similar candidate when the estimated Jaccard similarity reaches the threshold.
 * This is the one class to swap for the text engine's {@code NearDuplicateIndex} once it lands.
 */
@Service
class MinHashRumourGroups implements RumourGroups {

	private static final Logger log = LoggerFactory.getLogger(MinHashRumourGroups.class);

	private static final int BANDS = 16;

	private static final int ROWS = ShingleSignatures.HASHES / BANDS;

	static final double THRESHOLD = 0.5;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<Map<Long, List<Member>>> bands = new ArrayList<>(BANDS);

	private final Map<String, Member> members = new HashMap<>();

	private final Map<UUID, Integer> sizes = new HashMap<>();

	private boolean loaded;

	MinHashRumourGroups(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		for (int i = 0; i < BANDS; i++) {
			bands.add(new HashMap<>());
		}
	}

	private record Member(String itemId, UUID groupId, int[] signature) {
	}

	@Override
	@Transactional
	public GroupAssignment assign(String itemId, String text) {
		int[] signature = ShingleSignatures.signature(text);
		GroupAssignment assignment;
		synchronized (this) {
			loadOnce();
			Member existing = members.get(itemId);
			if (existing != null) {
				return new GroupAssignment(existing.groupId(), sizes.get(existing.groupId()), false);
			}
			Member best = null;
			double bestScore = 0;
			for (int b = 0; b < BANDS; b++) {
				List<Member> candidates = bands.get(b).get(bandKey(signature, b));
				if (candidates == null) {
					continue;
				}
				for (Member candidate : candidates) {
					double score = ShingleSignatures.similarity(signature, candidate.signature());
					if (score > bestScore) {
						bestScore = score;
						best = candidate;
					}
				}
			}
			boolean isNew = best == null || bestScore < THRESHOLD;
			UUID groupId = isNew ? UUID.randomUUID() : best.groupId();
			Member member = new Member(itemId, groupId, signature);
			index(member);
			assignment = new GroupAssignment(groupId, sizes.get(groupId), isNew);
		}
		jdbc.sql("""
				insert into similarity.rumour_group_member (item_id, group_id, signature, added_at)
				values (?, ?, ?, ?) on conflict (item_id) do nothing""")
			.params(itemId, assignment.groupId(), toBoxed(signature), java.sql.Timestamp.from(clock.instant()))
			.update();
		if (Integer.bitCount(assignment.size()) == 1 && assignment.size() > 1) {
			events.publishEvent(new ClusterGrew(assignment.groupId(), assignment.size(), clock.instant()));
		}
		return assignment;
	}

	private void index(Member member) {
		members.put(member.itemId(), member);
		sizes.merge(member.groupId(), 1, Integer::sum);
		for (int b = 0; b < BANDS; b++) {
			bands.get(b).computeIfAbsent(bandKey(member.signature(), b), k -> new ArrayList<>(2)).add(member);
		}
	}

	private void loadOnce() {
		if (loaded) {
			return;
		}
		List<Member> stored = jdbc.sql("select item_id, group_id, signature from similarity.rumour_group_member")
			.query((rs, n) -> new Member(rs.getString(1), rs.getObject(2, UUID.class), fromArray(rs.getArray(3))))
			.list();
		stored.forEach(this::index);
		loaded = true;
		log.info("Rumour groups rebuilt from {} stored members", stored.size());
	}

	private static long bandKey(int[] signature, int band) {
		long key = band;
		for (int r = 0; r < ROWS; r++) {
			key = key * 0x100000001B3L ^ signature[band * ROWS + r];
		}
		return key;
	}

	private static Integer[] toBoxed(int[] signature) {
		Integer[] boxed = new Integer[signature.length];
		for (int i = 0; i < signature.length; i++) {
			boxed[i] = signature[i];
		}
		return boxed;
	}

	private static int[] fromArray(Array array) throws java.sql.SQLException {
		Integer[] boxed = (Integer[]) array.getArray();
		int[] signature = new int[boxed.length];
		for (int i = 0; i < boxed.length; i++) {
			signature[i] = boxed[i];
		}
		return signature;
	}
}
