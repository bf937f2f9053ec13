package org.tawasul.identity.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code tawasul.identity.*}).
 *
 * @param secretKey base64 of the 256-bit AES key that encrypts TOTP secrets at rest; production sets it from a
 *     secret store ({@code TAWASUL_IDENTITY_SECRETKEY}). When empty, a key is generated once into
 *     {@code keyDirectory} (development only; a warning says so).
 * @param keyDirectory where the development key lives
 * @param maxFailedAttempts failed sign-ins in a row before the account is locked
 * @param lockout how long a locked account stays locked
 * @param setupTokenValidity how long the first-start setup link works
 * @param issuer the name authenticator apps show beside the account
 */
@ConfigurationProperties("tawasul.identity")
record IdentityProperties(@Nullable String secretKey, @DefaultValue("data/keys") String keyDirectory,
		@DefaultValue("5") int maxFailedAttempts, @DefaultValue("PT15M") Duration lockout,
		@DefaultValue("PT24H") Duration setupTokenValidity, @DefaultValue("Tawasul") String issuer) {
}
