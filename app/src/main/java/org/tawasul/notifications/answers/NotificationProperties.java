package org.tawasul.notifications.answers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of messages to reporters
 * @param siteUrl the public site's base address, for links in messages
 */
@ConfigurationProperties("tawasul.notifications")
record NotificationProperties(@DefaultValue("no-reply@tawasul.example") String from,
		@DefaultValue("http://localhost:8080") String siteUrl) {
}
