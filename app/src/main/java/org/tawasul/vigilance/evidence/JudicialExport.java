package org.tawasul.vigilance.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.cases.Actor;
import org.tawasul.vigilance.cases.Case;
import org.tawasul.vigilance.cases.Cases;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export for the judicial file: one ZIP with every evidence object as stored ({@code evidence/}), its RFC 3161
 * token ({@code timestamps/}), the custody log ({@code custody-log.json}), a PDF summary in Arabic and French
 * ({@code summary.pdf}) and {@code manifest.json} listing every file with its SHA-256, capture time, URL, capturing
 * analyst and timestamp. The export itself is a custody event for each object, and appears in the log it carries.
 * {@link ExportVerifier} re-checks such a file.
 */
@Service
public class JudicialExport {

	static final int FORMAT = 1;

	private final EvidenceLocker locker;

	private final Cases cases;

	private final SummaryPdf pdf;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	JudicialExport(EvidenceLocker locker, Cases cases, SummaryPdf pdf, TransactionTemplate transactions, Clock clock) {
		this.locker = locker;
		this.cases = cases;
		this.pdf = pdf;
		this.transactions = transactions;
		this.clock = clock;
	}

	public void export(CaseId caseId, Actor actor, String reason, OutputStream target) throws IOException {
		String why = EvidenceLocker.requireReason(reason);
		Case c = cases.get(caseId);
		List<Evidence> evidence = locker.ofCase(caseId);
		Instant now = clock.instant();
		transactions.executeWithoutResult(tx -> evidence.forEach(e -> locker.custody(e, "export", actor.username(), why)));
		List<CustodyEvent> custody = locker.custodyLog(caseId);

		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", "tawasul-judicial-export/" + FORMAT);
		Map<String, Object> caseInfo = new LinkedHashMap<>();
		caseInfo.put("id", c.id().toString());
		caseInfo.put("title", c.title());
		caseInfo.put("category", c.category());
		caseInfo.put("region", c.regionCode());
		caseInfo.put("stage", c.stage().name());
		caseInfo.put("detectedAt", c.detectedAt().toString());
		caseInfo.put("prosecutorReference", c.prosecutorReference());
		manifest.put("case", caseInfo);
		manifest.put("exportedAt", now.toString());
		manifest.put("exportedBy", actor.username());
		manifest.put("reason", why);
		List<Map<String, Object>> entries = new ArrayList<>();
		Map<String, String> files = new LinkedHashMap<>();

		try (ZipOutputStream zip = new ZipOutputStream(target)) {
			for (Evidence e : evidence) {
				String path = "evidence/" + e.id() + "-" + e.fileName();
				zip.putNextEntry(new ZipEntry(path));
				try (InputStream in = locker.open(e)) {
					in.transferTo(zip);
				}
				zip.closeEntry();
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", e.id().toString());
				entry.put("kind", e.kind());
				entry.put("file", path);
				entry.put("sha256", e.sha256());
				entry.put("size", e.size());
				entry.put("mediaType", e.mediaType());
				entry.put("url", e.url());
				entry.put("capturedAt", e.capturedAt().toString());
				entry.put("capturedBy", e.capturedBy());
				if (e.timestampToken() != null) {
					String tokenPath = "timestamps/" + e.id() + ".tst";
					zip.putNextEntry(new ZipEntry(tokenPath));
					zip.write(e.timestampToken());
					zip.closeEntry();
					Map<String, Object> stamp = new LinkedHashMap<>();
					stamp.put("file", tokenPath);
					stamp.put("time", e.timestampTime() == null ? null : e.timestampTime().toString());
					stamp.put("standard", "RFC 3161, SHA-256 imprint of the evidence file");
					entry.put("timestamp", stamp);
				}
				entries.add(entry);
			}
			byte[] custodyJson = json.writeValueAsBytes(custody.stream().map(ev -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("evidenceId", ev.evidenceId().toString());
				line.put("action", ev.action());
				line.put("actor", ev.actor());
				line.put("reason", ev.reason());
				line.put("at", ev.at().toString());
				return line;
			}).toList());
			write(zip, "custody-log.json", custodyJson, files);
			write(zip, "summary.pdf", pdf.render(c, evidence, custody, actor.username(), now), files);
			manifest.put("evidence", entries);
			manifest.put("files", files);
			zip.putNextEntry(new ZipEntry(ExportVerifier.MANIFEST));
			zip.write(json.writeValueAsBytes(manifest));
			zip.closeEntry();
		}
	}

	private static void write(ZipOutputStream zip, String name, byte[] content, Map<String, String> files)
			throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
		files.put(name, sha256(content));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
