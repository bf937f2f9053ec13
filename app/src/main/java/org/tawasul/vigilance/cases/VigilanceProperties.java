package org.tawasul.vigilance.cases;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of digital vigilance, under {@code tawasul.vigilance}.
 *
 * @param sla the clock from first detection to first public communication
 * @param alerts when a rumour group raises an alert
 * @param ingest limits of the collectors' API
 * @param capture limits and address rules of evidence capture and feed polling
 * @param timestamping the RFC 3161 time-stamping authority, if any
 * @param feeds how often followed feeds are polled
 */
@ConfigurationProperties("tawasul.vigilance")
public record VigilanceProperties(@DefaultValue Sla sla, @DefaultValue Alerts alerts, @DefaultValue Ingest ingest,
		@DefaultValue Capture capture, @DefaultValue Timestamping timestamping, @DefaultValue FollowedFeeds feeds) {

	/**
	 * @param target the goal: answered within this (green until then)
	 * @param breach past this the case is in breach (red) and {@code SlaBreached} fires once
	 * @param checkInterval how often open cases are checked for a breach
	 */
	public record Sla(@DefaultValue("1h") Duration target, @DefaultValue("5h") Duration breach,
			@DefaultValue("30s") Duration checkInterval) {
	}

	/**
	 * @param growthCount a group with this many items within {@code growthWindow} raises an alert
	 * @param growthWindow the window for {@code growthCount}
	 * @param severeCategory an item of a category this severe (0–100) raises an alert on its own
	 */
	public record Alerts(@DefaultValue("5") int growthCount, @DefaultValue("1h") Duration growthWindow,
			@DefaultValue("70") int severeCategory) {
	}

	/**
	 * @param maxBatch items per request
	 * @param maxRequestBytes request body limit
	 * @param maxTextChars longest text of one item
	 */
	public record Ingest(@DefaultValue("1000") int maxBatch, @DefaultValue("8388608") long maxRequestBytes,
			@DefaultValue("20000") int maxTextChars, @Nullable String bootstrapCollectorToken) {
	}

	/**
	 * @param allowPrivate whether loopback, private and link-local addresses may be fetched (tests, labs only)
	 * @param maxBytes the largest response kept as evidence
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for the whole response
	 * @param maxRedirects redirects followed, each re-checked
	 */
	public record Capture(@DefaultValue("false") boolean allowPrivate, @DefaultValue("26214400") long maxBytes,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
			@DefaultValue("5") int maxRedirects) {
	}

	/** @param url an RFC 3161 TSA; when empty, evidence is stored without a trusted timestamp */
	public record Timestamping(@Nullable String url, @DefaultValue("10s") Duration timeout) {
	}

	/** @param pollInterval how often feeds are polled */
	public record FollowedFeeds(@DefaultValue("5m") Duration pollInterval) {
	}
}
