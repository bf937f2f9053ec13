package org.tawasul.vigilance.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tawasul.identity.Regions;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.vigilance.cases.VigilanceProperties;
import org.tawasul.vigilance.monitoring.IncomingItem;
import org.tawasul.vigilance.monitoring.ItemSource;

/**
 * The rules every collector item must meet, whether it came over HTTP or from Kafka: one place, so both intakes
 * accept and refuse exactly the same items.
 */
@Component
class ItemChecks {

	private final Regions regions;

	private final VigilanceProperties properties;

	private final MessageSource messages;

	ItemChecks(Regions regions, VigilanceProperties properties, MessageSource messages) {
		this.regions = regions;
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * @return the item to ingest, or {@code null} with the reasons (in {@code locale}) added to {@code errors}
	 */
	@Nullable IncomingItem check(ItemBatch.Item item, String collector, Instant now, List<String> errors,
			Locale locale) {
		String id = item.sourceItemId();
		if (id == null || id.isBlank() || id.length() > 200) {
			errors.add(text("vigilance.api.source-item-id", locale));
		}
		String body = item.text();
		if (body == null || body.isBlank()) {
			errors.add(text("vigilance.api.text-required", locale));
		}
		else if (body.length() > properties.ingest().maxTextChars()) {
			errors.add(messages.getMessage("vigilance.api.text-too-long",
					new Object[] { String.valueOf(properties.ingest().maxTextChars()) }, locale));
		}
		String url = item.url();
		if (url != null && (url.length() > 2048 || !(url.startsWith("https://") || url.startsWith("http://")))) {
			errors.add(text("vigilance.api.url", locale));
		}
		String region = item.regionCode();
		if (region != null && regions.find(region).isEmpty()) {
			errors.add(messages.getMessage("vigilance.api.region-unknown", new Object[] { region }, locale));
		}
		ReportCategory category = null;
		if (item.category() != null) {
			try {
				category = ReportCategory.valueOf(item.category());
			}
			catch (IllegalArgumentException e) {
				errors.add(messages.getMessage("vigilance.api.category-unknown", new Object[] { item.category() },
						locale));
			}
		}
		if (item.language() != null && item.language().length() > 20) {
			errors.add(text("vigilance.api.language", locale));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		Instant detected = item.detectedAt() == null || item.detectedAt().isAfter(now) ? now : item.detectedAt();
		String author = item.author() == null ? null
				: item.author().substring(0, Math.min(item.author().length(), 200));
		return new IncomingItem(ItemSource.COLLECTOR, collector, id.strip(), url, body, item.language(), region,
				category, author, item.publishedAt(), detected);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
