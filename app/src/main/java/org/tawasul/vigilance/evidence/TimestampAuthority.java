package org.tawasul.vigilance.evidence;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tawasul.vigilance.cases.VigilanceProperties;

/**
 * RFC 3161 trusted timestamps: asks the configured time-stamping authority to sign the SHA-256 of an evidence object
 * at the current time, and checks such tokens later (the imprint matches the object's hash; the signature verifies
 * with the TSA certificate carried in the token). Without a configured TSA evidence is stored unstamped; a TSA that
 * fails is logged and the evidence is stored unstamped rather than lost.
 */
@Component
public class TimestampAuthority {

	private static final Logger log = LoggerFactory.getLogger(TimestampAuthority.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final VigilanceProperties properties;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

	TimestampAuthority(VigilanceProperties properties) {
		this.properties = properties;
	}

	/** The DER-encoded token and the time it certifies. */
	public record Stamp(byte[] token, Instant time) {
	}

	public Optional<Stamp> stamp(byte[] sha256) {
		String url = properties.timestamping().url();
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
			generator.setCertReq(true);
			TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256,
					new BigInteger(64, RANDOM));
			HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(properties.timestamping().timeout())
				.header("Content-Type", "application/timestamp-query")
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			TimeStampResponse answer = new TimeStampResponse(response.body());
			answer.validate(request);
			TimeStampToken token = answer.getTimeStampToken();
			if (token == null) {
				log.warn("TSA {} granted no token: {}", url, answer.getStatusString());
				return Optional.empty();
			}
			return Optional.of(new Stamp(token.getEncoded(), token.getTimeStampInfo().getGenTime().toInstant()));
		}
		catch (IOException | org.bouncycastle.tsp.TSPException e) {
			log.warn("TSA {} failed; evidence stored without a trusted timestamp", url, e);
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * Checks a token against the hash it should certify.
	 *
	 * @return {@code null} if valid, else what is wrong
	 */
	public static @Nullable String check(byte[] token, byte[] sha256) {
		try {
			TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token));
			if (!Arrays.equals(parsed.getTimeStampInfo().getMessageImprintDigest(), sha256)) {
				return "timestamp imprint does not match the file's SHA-256";
			}
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> certificates = parsed.getCertificates().getMatches(parsed.getSID());
			if (certificates.isEmpty()) {
				return "timestamp carries no TSA certificate";
			}
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(certificates.iterator().next());
			parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			return null;
		}
		catch (Exception e) {
			return "timestamp invalid: " + e.getMessage();
		}
	}

	/** The time a token certifies, if it parses. */
	public static Optional<Instant> timeOf(byte[] token) {
		try {
			return Optional.of(new TimeStampToken(new CMSSignedData(token)).getTimeStampInfo().getGenTime().toInstant());
		}
		catch (Exception e) {
			return Optional.empty();
		}
	}
}
