package org.tawasul.reporting.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tawasul.platform.blob.Blob;
import org.tawasul.platform.blob.BlobStore;
import org.tawasul.platform.blob.BlobTooLargeException;

/**
 * Decides which attached files a report keeps, and keeps them safely. The type is detected from the content (the
 * name and the declared type are ignored). Images are decoded and re-encoded, which drops every piece of metadata
 * (EXIF with GPS position, camera serial, XMP, comments): JPEG stays JPEG, PNG stays PNG, GIF becomes PNG (first
 * frame), WebP (what phones save from the web and messaging apps) becomes JPEG, or PNG when it has transparency
 * (first frame of an animation). PDFs lose their document information and XMP metadata ({@link PdfMetadata}) and are
 * otherwise kept as sent; MP4/WebM videos are kept as sent. Every type has its size limit; any other type is
 * refused with a reason; a refused file never stops the report.
 */
@Component
class AttachmentScreening {

	private static final Logger log = LoggerFactory.getLogger(AttachmentScreening.class);

	private static final Set<String> VIDEOS = Set.of("video/mp4", "video/webm", "video/x-matroska");

	private static final int SNIFF_BYTES = 64 * 1024;

	private final Tika tika = new Tika();

	private final BlobStore blobs;

	private final ReportingProperties.Uploads limits;

	AttachmentScreening(BlobStore blobs, ReportingProperties properties) {
		this.blobs = blobs;
		this.limits = properties.uploads();
	}

	record Screening(List<StoredAttachment> kept, List<RefusedFile> refused) {
	}

	/** Screens the files in order; files past the allowed count are refused. Kept files are durably stored. */
	Screening screen(List<Upload> uploads) {
		List<StoredAttachment> kept = new ArrayList<>();
		List<RefusedFile> refused = new ArrayList<>();
		for (Upload upload : uploads) {
			String name = displayName(upload.name());
			if (upload.size() == 0) {
				if (!upload.name().isBlank()) {
					refused.add(RefusedFile.of(name, "upload.refused.empty"));
				}
				continue; // a form's empty file field
			}
			if (kept.size() >= limits.maxFiles()) {
				refused.add(RefusedFile.of(name, "upload.refused.too-many", limits.maxFiles()));
				continue;
			}
			try {
				screenOne(upload, name).ifPresentOrElse(kept::add, () -> {
				});
			}
			catch (Refusal refusal) {
				refused.add(refusal.file);
			}
			catch (IOException ex) {
				log.warn("Could not read an uploaded file: {}", ex.toString());
				refused.add(RefusedFile.of(name, "upload.refused.unreadable"));
			}
		}
		return new Screening(List.copyOf(kept), List.copyOf(refused));
	}

	private java.util.Optional<StoredAttachment> screenOne(Upload upload, String name) throws IOException {
		String type;
		try (InputStream in = upload.content().getInputStream()) {
			type = tika.detect(in.readNBytes(SNIFF_BYTES));
		}
		return java.util.Optional.of(switch (type) {
			case "image/jpeg", "image/png", "image/gif", "image/webp" -> reencode(upload, name, type);
			case "application/pdf" -> pdf(upload, name);
			default -> {
				if (VIDEOS.contains(type)) {
					yield keepAsSent(upload, name, type.equals("video/mp4") ? type : "video/webm",
							limits.maxVideoSize().toBytes());
				}
				throw new Refusal(RefusedFile.of(name, "upload.refused.type", type));
			}
		});
	}

	private StoredAttachment keepAsSent(Upload upload, String name, String type, long maxBytes) throws IOException {
		if (upload.size() > maxBytes) {
			throw tooLarge(name, maxBytes);
		}
		try (InputStream in = upload.content().getInputStream()) {
			Blob blob = blobs.put(in, maxBytes);
			return new StoredAttachment(type, blob.size(), blob.sha256(), blob.sha256());
		}
		catch (BlobTooLargeException ex) {
			throw tooLarge(name, maxBytes);
		}
	}

	private StoredAttachment reencode(Upload upload, String name, String type) throws IOException {
		long maxBytes = limits.maxImageSize().toBytes();
		MessageDigest digest = sha256();
		byte[] original = readWithin(upload, name, maxBytes, digest);
		BufferedImage image = decode(original, name);
		boolean jpeg = type.equals("image/jpeg") || type.equals("image/webp") && !image.getColorModel().hasAlpha();
		return store(jpeg ? jpeg(image) : png(image), jpeg ? "image/jpeg" : "image/png", maxBytes, digest);
	}

	private StoredAttachment pdf(Upload upload, String name) throws IOException {
		long maxBytes = limits.maxImageSize().toBytes();
		MessageDigest digest = sha256();
		byte[] original = readWithin(upload, name, maxBytes, digest);
		return store(PdfMetadata.strip(original).orElse(original), "application/pdf", maxBytes, digest);
	}

	/** The whole upload, its digest fed to {@code digest}, or a refusal when it is over {@code maxBytes}. */
	private static byte[] readWithin(Upload upload, String name, long maxBytes, MessageDigest digest)
			throws IOException {
		if (upload.size() > maxBytes) {
			throw tooLarge(name, maxBytes);
		}
		byte[] original;
		try (InputStream in = new DigestInputStream(upload.content().getInputStream(), digest)) {
			original = in.readNBytes((int) maxBytes + 1);
		}
		if (original.length > maxBytes) {
			throw tooLarge(name, maxBytes);
		}
		return original;
	}

	/** Stores the cleaned bytes, remembering the digest of what was sent. */
	private StoredAttachment store(byte[] clean, String type, long maxBytes, MessageDigest original) throws IOException {
		Blob blob = blobs.put(new ByteArrayInputStream(clean), maxBytes * 4);
		return new StoredAttachment(type, blob.size(), blob.sha256(), HexFormat.of().formatHex(original.digest()));
	}

	private BufferedImage decode(byte[] bytes, String name) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (in == null || !readers.hasNext()) {
				throw new Refusal(RefusedFile.of(name, "upload.refused.damaged"));
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > limits.maxPixels()) {
					throw new Refusal(RefusedFile.of(name, "upload.refused.too-many-pixels"));
				}
				BufferedImage image = reader.read(0);
				return ExifOrientation.apply(image, bytes);
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof Refusal refusal) {
					throw refusal;
				}
				log.info("Refused an image that does not decode: {}", ex.toString());
				throw new Refusal(RefusedFile.of(name, "upload.refused.damaged"));
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		BufferedImage rgb = image;
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			var graphics = rgb.createGraphics();
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
			graphics.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(ios);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.write(null, new IIOImage(rgb, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", out)) {
			throw new IOException("no PNG writer");
		}
		return out.toByteArray();
	}

	private static Refusal tooLarge(String name, long maxBytes) {
		return new Refusal(RefusedFile.of(name, "upload.refused.too-large", maxBytes / (1024 * 1024)));
	}

	/** The name to show back to the citizen: only its last segment, without control characters, at most 100. */
	static String displayName(String name) {
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = last.replaceAll("\\p{Cntrl}", "").strip();
		return clean.length() > 100 ? clean.substring(0, 100) : clean;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/** A file refused for a reason the citizen is told. */
	private static final class Refusal extends IOException {

		private final transient RefusedFile file;

		Refusal(RefusedFile file) {
			super(file.reasonKey());
			this.file = file;
		}
	}
}
