package org.tawasul.similarity.grouping;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.similarity.ClusterGrew;
import org.tawasul.similarity.GroupAssignment;
import org.tawasul.similarity.RumourGroups;
import org.tawasul.text.NearDuplicateIndex;
import org.tawasul.text.PostSignature;

/**
 * Rumour groups on the text engine's {@link NearDuplicateIndex} (MinHash/LSH over normalised word shingles, Arabic,
 * Darija, Arabizi and French alike). Each member is persisted in {@code similarity.rumour_group_member} with its
 * signature and group, in the caller's transaction; on first use the index is restored from there exactly as it
 * was. Item ids are UUIDs, and a group is named after the id of the item that founded it.
 */
@Service
class TextEngineRumourGroups implements RumourGroups {

	private static final Logger log = LoggerFactory.getLogger(TextEngineRumourGroups.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final NearDuplicateIndex index = new NearDuplicateIndex();

	private final Map<String, Integer> sizes = new HashMap<>();

	private final AtomicBoolean loaded = new AtomicBoolean();

	private final JdbcTemplate template;

	TextEngineRumourGroups(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public GroupAssignment assign(String itemId, String text) {
		loadOnce();
		PostSignature signature = index.signature(text);
		String groupId;
		int size;
		boolean isNew;
		synchronized (sizes) {
			String known = index.groupOf(itemId);
			if (known != null) {
				return new GroupAssignment(UUID.fromString(known), sizes.getOrDefault(known, 1), false);
			}
			groupId = index.addSignature(itemId, signature);
			size = sizes.merge(groupId, 1, Integer::sum);
			isNew = groupId.equals(itemId);
		}
		jdbc.sql("""
				insert into similarity.rumour_group_member (item_id, group_id, signature_bytes, added_at)
				values (?, ?, ?, ?) on conflict (item_id) do nothing""")
			.params(itemId, UUID.fromString(groupId), signature.toBytes(), Timestamp.from(clock.instant()))
			.update();
		if (size > 1 && Integer.bitCount(size) == 1) {
			events.publishEvent(new ClusterGrew(UUID.fromString(groupId), size, clock.instant()));
		}
		return new GroupAssignment(UUID.fromString(groupId), size, isNew);
	}

	@Override
	@Transactional
	public List<GroupAssignment> assignAll(List<Item> items) {
		loadOnce();
		List<PostSignature> signatures = items.stream().map(i -> index.signature(i.text())).toList();
		List<GroupAssignment> assignments = new ArrayList<>(items.size());
		List<Object[]> rows = new ArrayList<>(items.size());
		List<ClusterGrew> grown = new ArrayList<>();
		java.sql.Timestamp now = Timestamp.from(clock.instant());
		synchronized (sizes) {
			for (int i = 0; i < items.size(); i++) {
				String itemId = items.get(i).itemId();
				String known = index.groupOf(itemId);
				if (known != null) {
					assignments.add(new GroupAssignment(UUID.fromString(known), sizes.getOrDefault(known, 1), false));
					continue;
				}
				String groupId = index.addSignature(itemId, signatures.get(i));
				int size = sizes.merge(groupId, 1, Integer::sum);
				UUID group = UUID.fromString(groupId);
				assignments.add(new GroupAssignment(group, size, groupId.equals(itemId)));
				rows.add(new Object[] { itemId, group, signatures.get(i).toBytes(), now });
				if (size > 1 && Integer.bitCount(size) == 1) {
					grown.add(new ClusterGrew(group, size, clock.instant()));
				}
			}
		}
		if (!rows.isEmpty()) {
			template.batchUpdate("""
					insert into similarity.rumour_group_member (item_id, group_id, signature_bytes, added_at)
					values (?, ?, ?, ?) on conflict (item_id) do nothing""", rows);
		}
		grown.forEach(events::publishEvent);
		return assignments;
	}

	private void loadOnce() {
		if (loaded.get()) {
			return;
		}
		synchronized (sizes) {
			if (loaded.get()) {
				return;
			}
			int[] count = { 0 };
			jdbc.sql("""
					select item_id, group_id, signature_bytes from similarity.rumour_group_member
					where signature_bytes is not null order by added_at""")
				.query(rs -> {
					String item = rs.getString(1);
					String group = rs.getObject(2, UUID.class).toString();
					index.restore(item, PostSignature.fromBytes(rs.getBytes(3)), group);
					sizes.merge(group, 1, Integer::sum);
					count[0]++;
				});
			loaded.set(true);
			log.info("Rumour groups restored: {} members", count[0]);
		}
	}
}
