package org.tawasul.vigilance.evidence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored evidence object, immutable once stored: a WARC capture of a link, or an uploaded screenshot or file.
 *
 * @param kind {@code WARC} or {@code FILE}
 * @param sha256 of the stored bytes (also their address in the blob store)
 * @param timestampToken the RFC 3161 token over {@code sha256}, DER, when a TSA is configured
 */
public record Evidence(UUID id, UUID caseId, String kind, @Nullable String url, String sha256, long size,
		String mediaType, String fileName, Instant capturedAt, String capturedBy, byte @Nullable [] timestampToken,
		@Nullable Instant timestampTime, @Nullable Integer httpStatus) {

	public boolean timestamped() {
		return timestampToken != null;
	}
}
