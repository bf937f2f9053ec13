package org.tawasul.vigilance.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-checks a judicial export: every file the manifest lists is present with the SHA-256 and size it states, every
 * timestamp token certifies that hash and carries a valid TSA signature, and nothing unlisted was slipped in. Plain
 * Java (no database, no Spring), so a court expert can run it on the file alone:
 * {@code ./tawasul verify-export export.zip}. Reads the ZIP in one pass, hashing entries as they stream, with a cap on
 * the total size (a ZIP bomb is refused, not expanded).
 */
public final class ExportVerifier {

	static final String MANIFEST = "manifest.json";

	private static final long MAX_TOTAL = 4L * 1024 * 1024 * 1024;

	private static final int MAX_SMALL = 16 * 1024 * 1024;

	/** One check and its outcome. */
	public record Check(String subject, boolean ok, String detail) {
	}

	/** The verdict: valid only if every check passed and there was at least one. */
	public record Report(boolean valid, List<Check> checks) {
	}

	private ExportVerifier() {
	}

	public static Report verify(InputStream zipFile) throws IOException {
		Map<String, String> hashes = new HashMap<>();
		Map<String, Long> sizes = new HashMap<>();
		Map<String, byte[]> small = new HashMap<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(zipFile)) {
			ZipEntry entry;
			byte[] buffer = new byte[64 * 1024];
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				MessageDigest digest = sha256();
				java.io.ByteArrayOutputStream keep = keepsContent(entry.getName()) ? new java.io.ByteArrayOutputStream() : null;
				long size = 0;
				try (DigestInputStream in = new DigestInputStream(new NonClosing(zip), digest)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						size += n;
						total += n;
						if (total > MAX_TOTAL || (keep != null && size > MAX_SMALL)) {
							return new Report(false, List.of(new Check(entry.getName(), false, "export too large")));
						}
						if (keep != null) {
							keep.write(buffer, 0, n);
						}
					}
				}
				hashes.put(entry.getName(), HexFormat.of().formatHex(digest.digest()));
				sizes.put(entry.getName(), size);
				if (keep != null) {
					small.put(entry.getName(), keep.toByteArray());
				}
			}
		}
		catch (java.util.zip.ZipException e) {
			return new Report(false, List.of(new Check("zip", false, "not a readable ZIP: " + e.getMessage())));
		}
		List<Check> checks = new ArrayList<>();
		byte[] manifestBytes = small.get(MANIFEST);
		if (manifestBytes == null) {
			return new Report(false, List.of(new Check(MANIFEST, false, "missing")));
		}
		JsonNode manifest;
		try {
			manifest = JsonMapper.builder().build().readTree(manifestBytes);
		}
		catch (RuntimeException e) {
			return new Report(false, List.of(new Check(MANIFEST, false, "not valid JSON")));
		}
		java.util.Set<String> listed = new java.util.HashSet<>();
		listed.add(MANIFEST);
		for (JsonNode evidence : manifest.path("evidence")) {
			String file = evidence.path("file").asString("");
			String expected = evidence.path("sha256").asString("");
			listed.add(file);
			String actual = hashes.get(file);
			if (actual == null) {
				checks.add(new Check(file, false, "listed in the manifest but missing"));
				continue;
			}
			boolean sameHash = actual.equals(expected);
			boolean sameSize = sizes.get(file) == evidence.path("size").asLong(-1);
			checks.add(new Check(file, sameHash && sameSize, sameHash && sameSize ? "SHA-256 " + actual
					: "SHA-256 is " + actual + " (" + sizes.get(file) + " bytes), manifest says " + expected));
			JsonNode stamp = evidence.path("timestamp");
			if (!stamp.isMissingNode() && !stamp.isNull()) {
				String tokenFile = stamp.path("file").asString("");
				listed.add(tokenFile);
				byte[] token = small.get(tokenFile);
				String problem = token == null ? "timestamp token missing"
						: TimestampAuthority.check(token, HexFormat.of().parseHex(expected));
				checks.add(new Check(tokenFile, problem == null, problem == null
						? "RFC 3161 token valid, time " + TimestampAuthority.timeOf(token).map(Object::toString).orElse("?")
						: problem));
			}
		}
		manifest.path("files").properties().forEach(file -> {
			listed.add(file.getKey());
			String actual = hashes.get(file.getKey());
			boolean ok = actual != null && actual.equals(file.getValue().asString(""));
			checks.add(new Check(file.getKey(), ok, ok ? "SHA-256 " + actual
					: actual == null ? "missing" : "SHA-256 is " + actual + ", manifest says " + file.getValue().asString("")));
		});
		for (String name : hashes.keySet()) {
			if (!listed.contains(name)) {
				checks.add(new Check(name, false, "not listed in the manifest"));
			}
		}
		boolean valid = !checks.isEmpty() && checks.stream().allMatch(Check::ok);
		return new Report(valid, checks);
	}

	private static boolean keepsContent(String name) {
		return name.equals(MANIFEST) || name.startsWith("timestamps/");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Lets a digest stream over one ZIP entry be closed without closing the ZIP. */
	private static final class NonClosing extends java.io.FilterInputStream {

		NonClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
			// the ZIP stream stays open for the next entry
		}
	}

	/** Command line: {@code verify-export FILE.zip}; prints one JSON line, exits 0 when valid, 1 when not. */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: verify-export EXPORT.zip");
			System.exit(2);
		}
		Report report;
		try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
			report = verify(in);
		}
		System.out.println(JsonMapper.builder().build().writeValueAsString(report));
		System.exit(report.valid() ? 0 : 1);
	}
}
