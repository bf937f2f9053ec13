package org.tawasul.newsroom.editorial;

import java.time.Instant;

/** A public, dated correction note; {@code revisionBefore} is the revision the correction replaced. */
public record Correction(int number, Instant correctedAt, String correctedBy, String note, int revisionBefore) {
}
