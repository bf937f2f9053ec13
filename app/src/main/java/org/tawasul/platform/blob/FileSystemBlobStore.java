package org.tawasul.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The default {@link BlobStore}: files named by their SHA-256 under {@code <directory>/ab/cd/abcd…}. A blob is
 * written to a temporary file, forced to disk, then moved into place atomically, so a crash never leaves a
 * half-written blob under a valid name.
 */
@Component
@EnableConfigurationProperties(BlobProperties.class)
class FileSystemBlobStore implements BlobStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	FileSystemBlobStore(BlobProperties properties) throws IOException {
		this.root = properties.directory().toAbsolutePath().normalize();
		Files.createDirectories(root.resolve("tmp"));
	}

	@Override
	public Blob put(InputStream content, long maxBytes) throws IOException {
		MessageDigest digest = sha256();
		Path temporary = Files.createTempFile(root.resolve("tmp"), "upload", ".part");
		long size = 0;
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n; (n = content.read(buffer)) != -1;) {
					size += n;
					if (size > maxBytes) {
						throw new BlobTooLargeException(maxBytes);
					}
					digest.update(buffer, 0, n);
					out.write(buffer, 0, n);
				}
				channel.force(true);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = path(sha256);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				moveIntoPlace(temporary, target);
			}
			return new Blob(sha256, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A rename replaces a file another request stored first: same name, so the same content. */
	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	@Override
	public boolean contains(String sha256) {
		return SHA256.matcher(sha256).matches() && Files.exists(path(sha256));
	}

	private Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}
}
