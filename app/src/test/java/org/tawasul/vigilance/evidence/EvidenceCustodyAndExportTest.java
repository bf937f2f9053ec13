package org.tawasul.vigilance.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.identity.Role;
import org.tawasul.platform.blob.BlobStore;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.VigilanceTestServers;
import org.tawasul.vigilance.cases.Actor;
import org.tawasul.vigilance.cases.CaseWork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TawasulTest
class EvidenceCustodyAndExportTest {

	static final Actor ANALYST = new Actor("analyst-" + UUID.randomUUID(), Set.of(Role.ANALYST));

	@Autowired
	EvidenceLocker locker;

	@Autowired
	JudicialExport export;

	@Autowired
	CaseWork work;

	@Autowired
	BlobStore blobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	VigilanceTestServers.Servers servers;

	private CaseId aCase() {
		return work.open(new CaseWork.OpenCase("فيديو سرقة بالعنف — Casablanca", "VIOLENT_CONTENT", 70,
				"casablanca-settat", null, List.of(), List.of(), clock.instant()), ANALYST);
	}

	private String aPage(String text) {
		String path = "/posts/" + UUID.randomUUID() + ".html";
		servers.page(path, "text/html; charset=utf-8", "<html><body><p>" + text + "</p></body></html>", null);
		return servers.url(path);
	}

	@Test
	void aCapturedLinkIsStoredAsAWarcWithRequestAndResponseHashedAndTimestamped() throws Exception {
		CaseId caseId = aCase();
		String url = aPage("اعتداء بالسلاح الأبيض في درب السلطان");
		Evidence evidence = locker.capture(caseId, url, ANALYST);

		assertThat(evidence.kind()).isEqualTo("WARC");
		assertThat(evidence.httpStatus()).isEqualTo(200);
		byte[] stored;
		try (InputStream in = blobs.open(evidence.sha256())) {
			stored = in.readAllBytes();
		}
		assertThat(JudicialExport.sha256(stored)).isEqualTo(evidence.sha256());
		try (WarcReader reader = new WarcReader(new ByteArrayInputStream(stored))) {
			List<WarcRecord> records = reader.records().toList();
			assertThat(records).hasSize(2);
		}
		try (WarcReader reader = new WarcReader(new ByteArrayInputStream(stored))) {
			WarcResponse response = (WarcResponse) reader.next().orElseThrow();
			assertThat(response.target()).isEqualTo(url);
			assertThat(response.http().status()).isEqualTo(200);
			assertThat(new String(response.http().body().stream().readAllBytes(), StandardCharsets.UTF_8))
				.contains("درب السلطان");
			assertThat(reader.next().orElseThrow()).isInstanceOf(WarcRequest.class);
		}
		assertThat(evidence.timestamped()).isTrue();
		assertThat(TimestampAuthority.check(evidence.timestampToken(), HexFormat.of().parseHex(evidence.sha256())))
			.isNull();
	}

	@Test
	void redirectsAreFollowedAndEachHopIsRecorded() throws Exception {
		CaseId caseId = aCase();
		String target = aPage("منشور بعد التحويل");
		String path = target.substring(target.indexOf("/posts/") + 1);
		Evidence evidence = locker.capture(caseId, servers.url("/redirect/" + path), ANALYST);
		try (InputStream in = blobs.open(evidence.sha256()); WarcReader reader = new WarcReader(in)) {
			assertThat(reader.records().filter(r -> r instanceof WarcResponse).count()).isEqualTo(2);
		}
	}

	@Test
	void evidenceCannotBeChangedOnceStored() {
		Evidence evidence = locker.upload(aCase(), "screenshot.png", "image/png",
				new ByteArrayInputStream(new byte[] { (byte) 0x89, 'P', 'N', 'G' }), ANALYST);
		assertThatThrownBy(() -> jdbc.sql("update vigilance.evidence set sha256 = 'x' where id = ?")
			.param(evidence.id()).update()).hasMessageContaining("immutable");
		assertThatThrownBy(() -> jdbc.sql("delete from vigilance.evidence where id = ?").param(evidence.id()).update())
			.hasMessageContaining("immutable");
	}

	@Test
	void everyViewDownloadAndExportIsInTheCustodyLogAndTheAuditTrail() throws Exception {
		CaseId caseId = aCase();
		Evidence evidence = locker.upload(caseId, "capture d'écran.png", "image/png",
				new ByteArrayInputStream("png".getBytes(StandardCharsets.UTF_8)), ANALYST);
		locker.view(evidence.id(), "prosecutor-liaison", "requisition 12/2026");
		try (InputStream in = locker.download(evidence.id(), "amina", "expertise")) {
			assertThat(in.readAllBytes()).isEqualTo("png".getBytes(StandardCharsets.UTF_8));
		}
		export.export(caseId, ANALYST, "transmission au parquet", new ByteArrayOutputStream());
		assertThatThrownBy(() -> locker.view(evidence.id(), "curious", " ")).hasMessageContaining("reason-required");

		assertThat(locker.custodyLog(caseId)).extracting(CustodyEvent::action, CustodyEvent::actor, CustodyEvent::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("capture", ANALYST.username(), "capture_d_écran.png"),
					org.assertj.core.groups.Tuple.tuple("view", "prosecutor-liaison", "requisition 12/2026"),
					org.assertj.core.groups.Tuple.tuple("download", "amina", "expertise"),
					org.assertj.core.groups.Tuple.tuple("export", ANALYST.username(), "transmission au parquet"));
		assertThat(jdbc.sql("select action from audit.entry where subject = ? order by sequence")
			.param("evidence:" + evidence.id()).query(String.class).list())
			.containsExactly("evidence.capture", "evidence.view", "evidence.download", "evidence.export");
	}

	@Test
	void anExportVerifiesAndATamperedExportDoesNot() throws Exception {
		CaseId caseId = aCase();
		locker.capture(caseId, aPage("تهديد علني"), ANALYST);
		locker.upload(caseId, "shot.png", "image/png", new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 }), ANALYST);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		export.export(caseId, ANALYST, "parquet de Casablanca", zip);

		Map<String, byte[]> entries = unzip(zip.toByteArray());
		assertThat(entries.keySet()).contains("manifest.json", "custody-log.json", "summary.pdf");
		assertThat(entries.keySet()).anyMatch(n -> n.startsWith("evidence/") && n.endsWith(".warc"));
		assertThat(entries.keySet()).anyMatch(n -> n.startsWith("timestamps/"));
		assertThat(new String(entries.get("summary.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var pdf = org.apache.pdfbox.Loader.loadPDF(entries.get("summary.pdf"))) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			assertThat(text).as("French half").contains("Résumé du dossier de veille numérique", "Chaîne de possession");
			assertThat(text.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC
					|| Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B).count())
				.as("Arabic half rendered with Arabic glyphs").isGreaterThan(50);
		}
		assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8))
			.contains("\"capturedBy\" : \"" + ANALYST.username() + "\"", "\"sha256\"", "\"url\"", "\"timestamp\"");

		ExportVerifier.Report intact = ExportVerifier.verify(new ByteArrayInputStream(zip.toByteArray()));
		assertThat(intact.valid()).as(intact.checks().toString()).isTrue();

		String warc = entries.keySet().stream().filter(n -> n.endsWith(".warc")).findFirst().orElseThrow();
		Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
		byte[] altered = entries.get(warc).clone();
		altered[altered.length - 3] ^= 0x01;
		tampered.put(warc, altered);
		ExportVerifier.Report broken = ExportVerifier.verify(new ByteArrayInputStream(zip(tampered)));
		assertThat(broken.valid()).isFalse();
		assertThat(broken.checks()).anySatisfy(c -> {
			assertThat(c.subject()).isEqualTo(warc);
			assertThat(c.ok()).isFalse();
		});

		Map<String, byte[]> slipped = new LinkedHashMap<>(entries);
		slipped.put("evidence/extra.png", new byte[] { 9 });
		assertThat(ExportVerifier.verify(new ByteArrayInputStream(zip(slipped))).valid()).isFalse();

		Map<String, byte[]> forged = new LinkedHashMap<>(entries);
		String token = entries.keySet().stream().filter(n -> n.startsWith("timestamps/")).findFirst().orElseThrow();
		byte[] badToken = entries.get(token).clone();
		badToken[badToken.length / 2] ^= 0x01;
		forged.put(token, badToken);
		assertThat(ExportVerifier.verify(new ByteArrayInputStream(zip(forged))).valid()).isFalse();

		assertThat(ExportVerifier.verify(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8))).valid())
			.isFalse();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
