package org.tawasul.vigilance.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.similarity.GroupAssignment;
import org.tawasul.similarity.RumourGroups;
import org.tawasul.vigilance.cases.VigilanceProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes monitored items in from every source, in batches: skips what the source sent before (idempotent by source,
 * source key and the source's item id), groups each new item by rumour, flags it from the watch lists and its
 * reported category, stores it, and raises or updates the alert of every group it touched — all in one
 * transaction, so an item is never stored without its group and alert.
 */
@Service
public class Intake {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final RumourGroups groups;

	private final WatchList watchList;

	private final Alerts alerts;

	private final VigilanceProperties properties;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	Intake(JdbcClient jdbc, JdbcTemplate template, RumourGroups groups, WatchList watchList, Alerts alerts,
			VigilanceProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.groups = groups;
		this.watchList = watchList;
		this.alerts = alerts;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public List<IntakeResult> ingest(List<IncomingItem> items) {
		Instant now = clock.instant();
		Map<String, IntakeResult> known = existing(items);
		List<IntakeResult> results = new ArrayList<>(items.size());
		List<Object[]> rows = new ArrayList<>(items.size());
		Map<UUID, AlertInput> touched = new LinkedHashMap<>();
		Map<String, IntakeResult> seenInBatch = new HashMap<>();
		List<IncomingItem> fresh = new ArrayList<>(items.size());
		List<RumourGroups.Item> toGroup = new ArrayList<>(items.size());
		Map<String, UUID> newIds = new HashMap<>();
		for (IncomingItem item : items) {
			String key = key(item);
			if (!known.containsKey(key) && !newIds.containsKey(key)) {
				UUID itemId = UUID.randomUUID();
				newIds.put(key, itemId);
				fresh.add(item);
				toGroup.add(new RumourGroups.Item(itemId.toString(), item.text()));
			}
		}
		List<GroupAssignment> assigned = toGroup.isEmpty() ? List.of() : groups.assignAll(toGroup);
		Map<String, GroupAssignment> groupOf = new HashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			groupOf.put(key(fresh.get(i)), assigned.get(i));
		}
		for (IncomingItem item : items) {
			String key = key(item);
			IntakeResult before = known.getOrDefault(key, seenInBatch.get(key));
			if (before != null) {
				results.add(new IntakeResult(item.sourceItemId(), before.itemId(), before.groupId(), true,
						before.severity(), before.flags()));
				continue;
			}
			UUID itemId = newIds.get(key);
			GroupAssignment group = groupOf.get(key);
			List<Flag> flags = watchList.flag(item.text(), item.regionCode(), item.category(),
					properties.alerts().severeCategory());
			int severity = severity(item, flags);
			rows.add(new Object[] { itemId, item.source().name(), item.sourceKey(), item.sourceItemId(), item.url(),
					item.text(), item.language(), item.regionCode(),
					item.category() == null ? null : item.category().name(), item.author(), ts(item.publishedAt()),
					Timestamp.from(item.detectedAt()), Timestamp.from(now), group.groupId(), severity,
					json.writeValueAsString(flags) });
			IntakeResult result = new IntakeResult(item.sourceItemId(), itemId, group.groupId(), false, severity,
					flags);
			results.add(result);
			seenInBatch.put(key, result);
			touched.computeIfAbsent(group.groupId(), g -> new AlertInput(g, item)).add(item, severity, flags, group.size());
		}
		if (!rows.isEmpty()) {
			template.batchUpdate("""
					insert into vigilance.monitored_item (id, source, source_key, source_item_id, url, text, language,
					    region_code, category, author, published_at, detected_at, received_at, group_id, severity, flags)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
					on conflict (source, source_key, source_item_id) do nothing""", rows);
			alerts.evaluate(touched.values(), now);
		}
		return results;
	}

	/** What one batch added to a group, for its alert. */
	static final class AlertInput {

		final UUID groupId;

		final IncomingItem sample;

		int severity;

		@Nullable String regionCode;

		Instant firstDetectedAt;

		/** The group's size after this batch, as the rumour index counts it. */
		int groupSize;

		final Set<Flag> flags = new LinkedHashSet<>();

		AlertInput(UUID groupId, IncomingItem sample) {
			this.groupId = groupId;
			this.sample = sample;
			this.firstDetectedAt = sample.detectedAt();
		}

		AlertInput add(IncomingItem item, int itemSeverity, List<Flag> itemFlags, int size) {
			severity = Math.max(severity, itemSeverity);
			groupSize = Math.max(groupSize, size);
			if (regionCode == null) {
				regionCode = item.regionCode();
			}
			if (item.detectedAt().isBefore(firstDetectedAt)) {
				firstDetectedAt = item.detectedAt();
			}
			flags.addAll(itemFlags);
			return this;
		}
	}

	private int severity(IncomingItem item, List<Flag> flags) {
		int severity = item.category() == null ? 10 : item.category().severity();
		for (Flag flag : flags) {
			severity = Math.max(severity, org.tawasul.reporting.ReportCategory.valueOf(flag.category()).severity());
		}
		return severity;
	}

	private Map<String, IntakeResult> existing(List<IncomingItem> items) {
		Map<String, IntakeResult> known = new HashMap<>();
		Map<String, List<String>> bySource = new HashMap<>();
		for (IncomingItem item : items) {
			bySource.computeIfAbsent(item.source().name() + "\u0000" + item.sourceKey(), k -> new ArrayList<>())
				.add(item.sourceItemId());
		}
		bySource.forEach((sourceAndKey, ids) -> {
			String[] parts = sourceAndKey.split("\u0000", 2);
			jdbc.sql("""
					select source_item_id, id, group_id, severity, flags::text from vigilance.monitored_item
					where source = ? and source_key = ? and source_item_id = any(?)""")
				.params(parts[0], parts[1], ids.toArray(String[]::new))
				.query((rs, n) -> known.put(sourceAndKey + "\u0000" + rs.getString(1),
						new IntakeResult(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), true,
								rs.getInt(4), List.of(json.readValue(rs.getString(5), Flag[].class)))))
				.list();
		});
		return known;
	}

	private static String key(IncomingItem item) {
		return item.source().name() + "\u0000" + item.sourceKey() + "\u0000" + item.sourceItemId();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
