package org.tawasul.reporting.internal;

/**
 * A file kept with a report: the sanitised file is in the blob store under {@code sha256}; {@code originalSha256}
 * is the digest of the bytes the citizen sent (the same when nothing had to be removed).
 */
public record StoredAttachment(String mediaType, long size, String sha256, String originalSha256) {
}
