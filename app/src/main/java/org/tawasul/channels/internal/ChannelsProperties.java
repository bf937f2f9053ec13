package org.tawasul.channels.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the channels module.
 *
 * @param tokenKey base64 of a 256-bit AES key that encrypts the accounts' tokens; when empty a key is generated
 *     once into {@code keyFile} (development only: production sets {@code TAWASUL_CHANNELS_TOKEN_KEY})
 * @param publicBaseUrl where the public site is reached from the internet: links in posts and the card images
 *     Instagram downloads are built on it
 * @param maxAttempts automatic attempts before a delivery gives up
 * @param backoffBase first retry delay; each further attempt doubles it, up to {@code backoffCap}
 * @param lease how long a claimed delivery is kept from other workers while its API call runs
 */
@ConfigurationProperties("tawasul.channels")
public record ChannelsProperties(@Nullable String tokenKey, @DefaultValue("data/keys/channels-token.key") Path keyFile,
		@DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue("6") int maxAttempts,
		@DefaultValue("30s") Duration backoffBase, @DefaultValue("1h") Duration backoffCap,
		@DefaultValue("5m") Duration lease, @DefaultValue("10m") Duration refreshAhead, @DefaultValue X x,
		@DefaultValue Facebook facebook, @DefaultValue Instagram instagram) {

	/**
	 * X API v2.
	 *
	 * @param clientId the OAuth 2.0 client id used to refresh user tokens
	 */
	public record X(@DefaultValue("https://api.x.com") String baseUrl, @DefaultValue("") String clientId,
			@DefaultValue("") String clientSecret) {
	}

	/** Meta Graph API for a Facebook Page; the app id and secret exchange a token for a fresh long-lived one. */
	public record Facebook(@DefaultValue("https://graph.facebook.com/v23.0") String baseUrl,
			@DefaultValue("") String appId, @DefaultValue("") String appSecret) {
	}

	/**
	 * Instagram content publishing (professional account, through the Graph API).
	 *
	 * @param pollInterval pause between two reads of a media container's status
	 * @param pollAttempts reads of the status before the container is taken as not ready (a retry later)
	 */
	public record Instagram(@DefaultValue("https://graph.facebook.com/v23.0") String baseUrl,
			@DefaultValue("2s") Duration pollInterval, @DefaultValue("10") int pollAttempts) {
	}
}
