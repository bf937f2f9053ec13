package org.tawasul.platform.blob;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded and captured files live, addressed by the SHA-256 of their content: storing the same bytes twice
 * stores them once, and a blob's name proves its integrity. The filesystem store (under {@code ./data/blobs}) is
 * the default; an S3-compatible store can implement the same interface for production clusters.
 */
public interface BlobStore {

	/**
	 * Stores the stream's bytes durably (flushed to disk before returning) and returns their address.
	 *
	 * @param maxBytes refuse with {@link BlobTooLargeException} past this many bytes
	 */
	Blob put(InputStream content, long maxBytes) throws IOException;

	/** Opens a stored blob; the caller closes the stream. */
	InputStream open(String sha256) throws IOException;

	/** Whether a blob with this digest is stored. */
	boolean contains(String sha256);
}
