package org.tawasul.vigilance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The outside world of vigilance, on loopback, shared by every test: a web server with pages to capture (and a
 * redirect), RSS feeds answering conditional GETs, and an RFC 3161 time-stamping authority built with Bouncy
 * Castle. Its address is registered as {@code tawasul.vigilance.timestamping.url} so evidence is stamped in tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class VigilanceTestServers {

	/** The running servers; tests add pages and feeds by path. */
	public static final class Servers implements AutoCloseable {

		private final HttpServer server;

		private final Map<String, Page> pages = new ConcurrentHashMap<>();

		private final AtomicInteger notModified = new AtomicInteger();

		private final AtomicLong serial = new AtomicLong(1);

		private final TimeStampResponseGenerator tsa;

		/** A page or feed served at a path: its content type, body and ETag (null for none). */
		public record Page(String contentType, byte[] body, String etag) {
		}

		Servers() throws Exception {
			tsa = localTsa();
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext("/tsa", this::timestamp);
			server.createContext("/", this::serve);
			server.start();
		}

		public String url(String path) {
			return "http://127.0.0.1:" + server.getAddress().getPort() + path;
		}

		public void page(String path, String contentType, String body, String etag) {
			pages.put(path, new Page(contentType, body.getBytes(StandardCharsets.UTF_8), etag));
		}

		/** How many conditional requests were answered 304 Not Modified. */
		public int notModifiedCount() {
			return notModified.get();
		}

		private void serve(HttpExchange exchange) throws IOException {
			String path = exchange.getRequestURI().getPath();
			if (path.startsWith("/redirect/")) {
				exchange.getResponseHeaders().add("Location", "/" + path.substring("/redirect/".length()));
				exchange.sendResponseHeaders(302, -1);
				exchange.close();
				return;
			}
			Page page = pages.get(path);
			if (page == null) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			if (page.etag() != null && page.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				notModified.incrementAndGet();
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().add("Content-Type", page.contentType());
			if (page.etag() != null) {
				exchange.getResponseHeaders().add("ETag", page.etag());
			}
			exchange.sendResponseHeaders(200, page.body().length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(page.body());
			}
		}

		private void timestamp(HttpExchange exchange) throws IOException {
			try {
				TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
				byte[] answer = tsa.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date())
					.getEncoded();
				exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
				exchange.sendResponseHeaders(200, answer.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer);
				}
			}
			catch (Exception e) {
				exchange.sendResponseHeaders(500, -1);
				exchange.close();
			}
		}

		private static TimeStampResponseGenerator localTsa() throws Exception {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair keys = generator.generateKeyPair();
			X500Name name = new X500Name("CN=Tawasul test TSA");
			Instant now = Instant.now();
			var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now.minusSeconds(3600)),
					Date.from(now.plusSeconds(365L * 24 * 3600)), name, keys.getPublic());
			builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
			var tokens = new TimeStampTokenGenerator(
					new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
					new JcaDigestCalculatorProviderBuilder().build()
						.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
					new ASN1ObjectIdentifier("1.3.6.1.4.1.61000.1.1"));
			tokens.addCertificates(new JcaCertStore(List.of(certificate)));
			return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
		}

		@Override
		public void close() {
			server.stop(0);
		}
	}

	@Bean(destroyMethod = "close")
	Servers vigilanceServers() throws Exception {
		return new Servers();
	}

	@Bean
	DynamicPropertyRegistrar vigilanceServerProperties(Servers servers) {
		return registry -> registry.add("tawasul.vigilance.timestamping.url", () -> servers.url("/tsa"));
	}
}
