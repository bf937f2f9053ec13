package org.tawasul.reporting.internal;

import java.util.Arrays;
import java.util.Optional;

/** Where the reported content was seen. */
public enum Platform {

	FACEBOOK, X, INSTAGRAM, TIKTOK, YOUTUBE, WHATSAPP, TELEGRAM, WEBSITE, OTHER;

	static Optional<Platform> named(String name) {
		return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
	}

	public String labelKey() {
		return "platform." + name();
	}
}
