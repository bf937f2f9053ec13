package org.tawasul.reporting.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of citizen reporting ({@code tawasul.reporting.*}).
 *
 * @param contactKey base64 AES-256 key that seals reporters' contacts; when empty, a key is generated once and kept
 *     in {@code keyDirectory} (fine for development, configure it in production)
 * @param keyDirectory where a generated key is kept
 * @param uploads limits on attachments
 * @param rateLimit limits on public writes per client address
 * @param intake how concurrent submissions are written (group commit)
 */
@ConfigurationProperties("tawasul.reporting")
public record ReportingProperties(@Nullable String contactKey, @DefaultValue("data/keys") Path keyDirectory,
		@DefaultValue Uploads uploads, @DefaultValue RateLimit rateLimit, @DefaultValue Intake intake) {

	/**
	 * @param maxFiles files per report; more are refused
	 * @param maxImageSize per image or PDF
	 * @param maxVideoSize per video
	 * @param maxPixels images with more pixels are refused (decompression bombs)
	 */
	public record Uploads(@DefaultValue("5") int maxFiles, @DefaultValue("10MB") DataSize maxImageSize,
			@DefaultValue("25MB") DataSize maxVideoSize, @DefaultValue("40000000") long maxPixels) {
	}

	/**
	 * @param enabled whether public writes are limited at all ({@code false} for load tests)
	 * @param perMinute sustained submissions per minute per client address
	 * @param burst how many may come at once
	 */
	public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("30") int perMinute,
			@DefaultValue("60") int burst) {
	}

	/**
	 * @param writers how many transactions write submissions at once (each holds one database connection)
	 * @param maxBatch at most this many submissions share one transaction and one commit
	 */
	public record Intake(@DefaultValue("2") int writers, @DefaultValue("64") int maxBatch) {

		public Intake {
			if (writers < 1 || maxBatch < 1) {
				throw new IllegalArgumentException("tawasul.reporting.intake.writers and max-batch must be at least 1");
			}
		}
	}
}
