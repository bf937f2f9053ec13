package org.tawasul.platform.blob;

/**
 * A stored blob: its SHA-256 (lower-case hex, also its address) and size in bytes.
 */
public record Blob(String sha256, long size) {
}
