package org.tawasul.platform.blob;

import java.io.IOException;

/** The content was longer than the caller allowed; nothing was stored. */
public final class BlobTooLargeException extends IOException {

	public BlobTooLargeException(long maxBytes) {
		super("content exceeds " + maxBytes + " bytes");
	}
}
