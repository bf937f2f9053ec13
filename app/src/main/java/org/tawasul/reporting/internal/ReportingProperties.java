package org.tawasul.reporting.internal;

import java.nio.file.Path;
import java.time.Duration;

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
	 * @param deferWhenWaiting when at least this many submissions wait for a writer (a burst), or earlier deferred
	 *     reports are not filed yet, a new report is acknowledged once it is in the intake journal and filed moments
	 *     later ({@link ReportFiler}); {@code 0} sends every report through the journal
	 * @param filingPauseWhileBusy while submissions keep arriving (a burst), the filer rests this long after each batch,
	 *     so that the machine acknowledges citizens first; once the burst passes it files at full speed
	 * @param filingBatch at most this many journal entries are filed in one transaction
	 */
	public record Intake(@DefaultValue("2") int writers, @DefaultValue("64") int maxBatch,
			@DefaultValue("32") int deferWhenWaiting, @DefaultValue("5s") Duration filingPauseWhileBusy,
			@DefaultValue("100") int filingBatch) {

		public Intake {
			if (writers < 1 || maxBatch < 1 || filingBatch < 1) {
				throw new IllegalArgumentException(
						"tawasul.reporting.intake.writers, max-batch and filing-batch must be at least 1");
			}
			if (deferWhenWaiting < 0 || filingPauseWhileBusy.isNegative()) {
				throw new IllegalArgumentException(
						"tawasul.reporting.intake.defer-when-waiting and filing-pause-while-busy must not be negative");
			}
		}
	}
}
