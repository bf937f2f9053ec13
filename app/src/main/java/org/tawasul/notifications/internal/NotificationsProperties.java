package org.tawasul.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications ({@code tawasul.notifications.*}).
 *
 * @param from the sender address of mails to citizens
 * @param publicUrl the public site's address, for links in mails (e.g. {@code https://tawasul.example.ma})
 * @param retryAfter a mail that failed is tried again once it is this old (and on every restart)
 */
@ConfigurationProperties("tawasul.notifications")
record NotificationsProperties(@DefaultValue("no-reply@tawasul.local") String from,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("PT5M") Duration retryAfter) {
}
