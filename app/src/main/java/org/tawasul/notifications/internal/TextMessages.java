package org.tawasul.notifications.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.tawasul.reporting.ReporterContact;

/**
 * Text messages (SMS) to reporters who left a phone number and no email, through Twilio's Messages API
 * ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}, HTTP basic authentication). When no gateway is configured,
 * {@link #available()} is false and nothing is sent: the reporter's tracking page still shows everything.
 */
@Component
public class TextMessages {

	private final NotificationsProperties.Sms settings;

	private final @Nullable RestClient api;

	TextMessages(NotificationsProperties properties) {
		this.settings = properties.sms();
		this.api = settings.configured() ? client(settings) : null;
	}

	/** Text messages with these settings, outside Spring (tests). */
	public static TextMessages of(NotificationsProperties properties) {
		return new TextMessages(properties);
	}

	/** Whether a gateway is configured. */
	public boolean available() {
		return api != null;
	}

	/**
	 * The number a text message can reach for {@code contact}: a gateway is configured and the reporter left a phone
	 * number that reads as one; empty otherwise.
	 */
	public Optional<String> reachable(ReporterContact contact) {
		return api == null || contact.phone() == null ? Optional.empty() : international(contact.phone());
	}

	/**
	 * The number in international form ({@code +212612345678}) from what a reporter typed ({@code 06 12 34 56 78},
	 * {@code 00212…}, {@code +212…}), or empty when it cannot be a phone number.
	 */
	public Optional<String> international(String typed) {
		String digits = typed.replaceAll("[\\s().-]", "");
		String number;
		if (digits.startsWith("+")) {
			number = digits.substring(1);
		}
		else if (digits.startsWith("00")) {
			number = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			number = settings.countryCode() + digits.substring(1);
		}
		else {
			number = digits;
		}
		return number.matches("[1-9][0-9]{7,14}") ? Optional.of("+" + number) : Optional.empty();
	}

	/**
	 * Sends {@code text} to {@code number} (international form).
	 *
	 * @throws TextMessageFailed when the gateway refuses it or cannot be reached
	 */
	public void send(String number, String text) {
		if (api == null) {
			throw new TextMessageFailed("no SMS gateway is configured");
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("To", number);
		form.add(settings.from().startsWith("MG") ? "MessagingServiceSid" : "From", settings.from());
		form.add("Body", text);
		try {
			api.post()
				.uri("/2010-04-01/Accounts/{sid}/Messages.json", settings.accountSid())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException ex) {
			throw new TextMessageFailed("the SMS gateway did not take the message: " + ex.getMessage(), ex);
		}
	}

	private static RestClient client(NotificationsProperties.Sms settings) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(Duration.ofSeconds(20));
		return RestClient.builder()
			.baseUrl(settings.baseUrl())
			.requestFactory(factory)
			.defaultHeaders(h -> h.setBasicAuth(settings.accountSid(), settings.authToken()))
			.build();
	}

	/** A text message that was not sent. */
	public static class TextMessageFailed extends RuntimeException {

		TextMessageFailed(String message) {
			super(message);
		}

		TextMessageFailed(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
