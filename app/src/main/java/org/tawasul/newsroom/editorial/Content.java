package org.tawasul.newsroom.editorial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything an editor writes: the language versions and the facts shared by all of them. Immutable; an edit
 * replaces the whole content, and every saved content becomes a revision.
 *
 * @param translations by language code (ar, fr, en), Arabic first
 * @param claimAppearance truth statement: where the rumour spread (a link or a place such as "WhatsApp groups")
 * @param verdict truth statement: the verdict on the claim
 * @param mediaOutlet reportage: the outlet that aired it
 * @param airDate reportage: when it aired
 */
public record Content(Map<String, Translation> translations, @Nullable String regionCode, List<String> tags,
		List<UUID> caseIds, List<UUID> groupIds, @Nullable String leadImageSha256, @Nullable String claimAppearance,
		@Nullable ClaimVerdict verdict, @Nullable String mediaOutlet, @Nullable LocalDate airDate) {

	/** The languages a publication may be written in; Arabic and French are required before submission. */
	public static final List<String> LANGUAGES = List.of("ar", "fr", "en");

	public static final List<String> REQUIRED_LANGUAGES = List.of("ar", "fr");

	public Content {
		Map<String, Translation> ordered = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Translation t = translations.get(language);
			if (t != null && !t.isEmpty()) {
				ordered.put(language, t);
			}
		}
		translations = java.util.Collections.unmodifiableMap(ordered);
		regionCode = blankToNull(regionCode);
		tags = tags.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		caseIds = List.copyOf(caseIds);
		groupIds = List.copyOf(groupIds);
		leadImageSha256 = blankToNull(leadImageSha256);
		claimAppearance = blankToNull(claimAppearance);
		mediaOutlet = blankToNull(mediaOutlet);
	}

	public Optional<Translation> translation(String language) {
		return Optional.ofNullable(translations.get(language));
	}

	Content withTranslations(Map<String, Translation> replaced) {
		return new Content(replaced, regionCode, tags, caseIds, groupIds, leadImageSha256, claimAppearance, verdict,
				mediaOutlet, airDate);
	}

	/** The message keys of what is missing before a publication of this type can be submitted or published. */
	List<String> missing(org.tawasul.newsroom.PublicationType type) {
		List<String> missing = new ArrayList<>();
		for (String language : REQUIRED_LANGUAGES) {
			Translation t = translations.get(language);
			if (t == null || t.title().isEmpty()) {
				missing.add("newsroom.missing.title." + language);
				continue;
			}
			if (t.bodyHtml().isEmpty() && t.summary().isEmpty()) {
				missing.add("newsroom.missing.body." + language);
			}
		}
		for (Translation t : translations.values()) {
			if (leadImageSha256 != null && t.imageAlt().isEmpty()) {
				missing.add("newsroom.missing.alt." + t.language());
			}
			if (type == org.tawasul.newsroom.PublicationType.TRUTH_STATEMENT) {
				if (t.claimText().isEmpty()) {
					missing.add("newsroom.missing.claim." + t.language());
				}
				if (t.evidence().isEmpty()) {
					missing.add("newsroom.missing.evidence." + t.language());
				}
			}
		}
		if (type == org.tawasul.newsroom.PublicationType.TRUTH_STATEMENT && verdict == null) {
			missing.add("newsroom.missing.verdict");
		}
		if (type == org.tawasul.newsroom.PublicationType.REPORTAGE && (mediaOutlet == null || airDate == null)) {
			missing.add("newsroom.missing.outlet");
		}
		return missing;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
