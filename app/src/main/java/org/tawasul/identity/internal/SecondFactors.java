package org.tawasul.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import io.nayuki.qrcodegen.QrCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;

/**
 * The second factor: enrolling an authenticator app (TOTP), checking its codes (once each), and the recovery codes
 * that stand in for a lost phone. Secrets are sealed with {@link SecretBox} before they reach the database.
 */
@Service
class SecondFactors {

	enum Outcome {
		TOTP, RECOVERY_CODE, REFUSED
	}

	/** A started enrolment: the sealed pending secret (kept in the session) and what the page shows. */
	record Enrolment(byte[] sealedSecret, String secretText, String qrDataUri) {
	}

	private final StaffAccounts accounts;

	private final SecretBox box;

	private final AuditTrail audit;

	private final Clock clock;

	private final IdentityProperties properties;

	SecondFactors(StaffAccounts accounts, SecretBox box, AuditTrail audit, Clock clock,
			IdentityProperties properties) {
		this.accounts = accounts;
		this.box = box;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	Enrolment begin(String username) {
		byte[] secret = Totp.newSecret();
		return enrolment(username, secret);
	}

	Enrolment enrolment(String username, byte[] secret) {
		String uri = Totp.uri(properties.issuer(), username, secret);
		return new Enrolment(box.seal(secret), Totp.Base32.encode(secret), qrDataUri(uri));
	}

	/** Shows the pending enrolment again (after a wrong code) without changing its secret. */
	Enrolment resume(String username, byte[] sealedSecret) {
		return enrolment(username, box.open(sealedSecret));
	}

	/**
	 * Completes an enrolment when {@code code} matches the pending secret: stores the secret, issues fresh recovery
	 * codes and returns them (to be shown once); empty when the code is wrong.
	 */
	@Transactional
	List<String> confirm(UUID id, String username, byte[] sealedSecret, String code) {
		byte[] secret = box.open(sealedSecret);
		OptionalLong step = Totp.verify(secret, code, clock.instant(), -1);
		if (step.isEmpty()) {
			audit.record(username, "staff.mfa.enrol-refused", "staff:" + username, Map.of());
			return List.of();
		}
		accounts.enrolTotp(id, box.seal(secret), step.getAsLong());
		List<String> codes = RecoveryCodes.generate();
		accounts.replaceRecoveryCodes(id, codes.stream().map(RecoveryCodes::hash).toList());
		audit.record(username, "staff.mfa.enrol", "staff:" + username, Map.of("recoveryCodes", "10"));
		return codes;
	}

	/** Checks a TOTP code (not reused) or an unused recovery code, and records the outcome in the audit trail. */
	@Transactional
	Outcome check(UUID id, String username, String typed) {
		if (RecoveryCodes.looksLikeOne(typed)) {
			if (accounts.useRecoveryCode(id, RecoveryCodes.hash(typed), clock.instant())) {
				audit.record(username, "staff.sign-in.recovery-code", "staff:" + username,
						Map.of("remaining", Integer.toString(accounts.unusedRecoveryCodes(id))));
				return Outcome.RECOVERY_CODE;
			}
			return Outcome.REFUSED;
		}
		var sealed = accounts.sealedTotpSecret(id);
		if (sealed.isEmpty()) {
			return Outcome.REFUSED;
		}
		OptionalLong step = Totp.verify(box.open(sealed.get()), typed, clock.instant(), accounts.totpLastStep(id));
		if (step.isPresent() && accounts.useTotpStep(id, step.getAsLong())) {
			audit.record(username, "staff.sign-in.totp", "staff:" + username, Map.of());
			return Outcome.TOTP;
		}
		return Outcome.REFUSED;
	}

	@Transactional
	List<String> regenerateRecoveryCodes(UUID id, String username) {
		List<String> codes = RecoveryCodes.generate();
		accounts.replaceRecoveryCodes(id, codes.stream().map(RecoveryCodes::hash).toList());
		audit.record(username, "staff.mfa.recovery-codes-regenerate", "staff:" + username, Map.of());
		return codes;
	}

	int unusedRecoveryCodes(UUID id) {
		return accounts.unusedRecoveryCodes(id);
	}

	/** A QR code as an SVG data URI (allowed by our CSP's {@code img-src data:}), drawn on the server. */
	static String qrDataUri(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int border = 4;
		int size = qr.size + border * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
				+ path + "\" fill=\"#000\"/></svg>";
		return "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}
}
