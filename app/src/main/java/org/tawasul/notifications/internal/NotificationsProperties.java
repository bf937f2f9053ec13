package org.tawasul.notifications.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications ({@code tawasul.notifications.*}).
 *
 * @param from the sender address of mails to citizens
 * @param publicUrl the public site's address, for links in messages (e.g. {@code https://tawasul.example.ma})
 * @param retryAfter a message that failed is tried again once it is this old (and on every restart)
 * @param sms text messages to reporters who left only a phone number
 */
@ConfigurationProperties("tawasul.notifications")
public record NotificationsProperties(@DefaultValue("no-reply@tawasul.local") String from,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("PT5M") Duration retryAfter,
		@DefaultValue Sms sms) {

	/** The public site's address without a trailing slash. */
	public String siteUrl() {
		return publicUrl.replaceAll("/+$", "");
	}

	/**
	 * Twilio's Messages API (or any gateway speaking it). Nothing is sent until the account, its token and a sender
	 * are set.
	 *
	 * @param baseUrl the API's address
	 * @param accountSid the account ({@code AC…})
	 * @param authToken the account's token (from the secret store)
	 * @param from the sender: a phone number in E.164, an alphanumeric sender id, or a messaging service ({@code MG…})
	 * @param countryCode the calling code numbers written nationally ({@code 06…}) belong to
	 */
	public record Sms(@DefaultValue("https://api.twilio.com") String baseUrl, @Nullable String accountSid,
			@Nullable String authToken, @Nullable String from, @DefaultValue("212") String countryCode) {

		boolean configured() {
			return present(accountSid) && present(authToken) && present(from);
		}

		private static boolean present(@Nullable String value) {
			return value != null && !value.isBlank();
		}
	}
}
