package org.tawasul.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tawasul speaks: Arabic first (the default, right-to-left), then French, English and Spanish.
 */
public final class Languages {

	public static final Locale ARABIC = Locale.forLanguageTag("ar");

	public static final List<Locale> SUPPORTED = List.of(ARABIC, Locale.FRENCH, Locale.ENGLISH,
			Locale.forLanguageTag("es"));

	private Languages() {
	}

	/** The supported language for a tag such as {@code fr-MA}, if we speak it. */
	public static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
		for (Locale supported : SUPPORTED) { // on every request: no stream
			if (supported.getLanguage().equals(language)) {
				return Optional.of(supported);
			}
		}
		return Optional.empty();
	}

	/** Whether text in this language is written right to left. */
	public static boolean isRightToLeft(Locale locale) {
		return "ar".equals(locale.getLanguage());
	}
}
