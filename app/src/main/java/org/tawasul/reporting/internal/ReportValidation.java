package org.tawasul.reporting.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tawasul.identity.Regions;
import org.tawasul.platform.TimeConfiguration;
import org.tawasul.platform.web.Languages;
import org.tawasul.reporting.ReportCategory;

/**
 * The rules a report must meet before it is stored, the same for the web form and the API: a known category, a
 * description of 1–10,000 characters, a pasted post of at most 20,000, at most 10 http(s) links of at most 2,048
 * characters, a known platform, a sighting time not in the future, a language we speak, a known region, and a
 * plausible email and phone. Text is kept as typed (it is escaped wherever it is shown), except NUL characters,
 * which PostgreSQL cannot store.
 */
@Component
public class ReportValidation {

	public static final int MAX_DESCRIPTION = 10_000;

	public static final int MAX_POST_TEXT = 20_000;

	public static final int MAX_LINKS = 10;

	public static final int MAX_LINK_LENGTH = 2_048;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,32}");

	/** Phones' clocks drift; a sighting "a minute from now" is not in the future. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private final Clock clock;

	private final Regions regions;

	ReportValidation(Clock clock, Regions regions) {
		this.clock = clock;
		this.regions = regions;
	}

	/**
	 * Checks a report.
	 *
	 * @param requestLanguage the caller's language, used when the report names none
	 * @throws InvalidReport listing every field that needs correcting
	 */
	public NewReport validate(ReportInput input, Locale requestLanguage) {
		List<FieldProblem> problems = new ArrayList<>();
		ReportCategory category = null;
		String categoryName = clean(input.category());
		if (categoryName == null) {
			problems.add(FieldProblem.of("category", "report.category.required"));
		}
		else {
			category = Arrays.stream(ReportCategory.values())
				.filter(c -> c.name().equals(categoryName))
				.findFirst()
				.orElse(null);
			if (category == null) {
				problems.add(FieldProblem.of("category", "report.category.unknown"));
			}
		}
		String description = clean(input.description());
		if (description == null) {
			problems.add(FieldProblem.of("description", "report.description.required"));
		}
		else if (description.length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description", "report.description.too-long", MAX_DESCRIPTION));
		}
		String postText = clean(input.postText());
		if (postText != null && postText.length() > MAX_POST_TEXT) {
			problems.add(FieldProblem.of("postText", "report.post-text.too-long", MAX_POST_TEXT));
		}
		List<String> links = links(input.links(), problems);
		Platform platform = null;
		String platformName = clean(input.platform());
		if (platformName != null) {
			platform = Platform.named(platformName).orElse(null);
			if (platform == null) {
				problems.add(FieldProblem.of("platform", "report.platform.unknown"));
			}
		}
		Instant seenAt = seenAt(clean(input.seenAt()), problems);
		String language = requestLanguage.getLanguage();
		String languageTag = clean(input.language());
		if (languageTag != null) {
			Optional<Locale> supported = languageTag.length() <= 35 && LANGUAGE_TAG.matcher(languageTag).matches()
					? Languages.supported(languageTag) : Optional.empty();
			if (supported.isEmpty()) {
				problems.add(FieldProblem.of("language", "report.language.unknown"));
			}
			else {
				language = supported.get().getLanguage();
			}
		}
		language = Languages.supported(language).orElse(Languages.ARABIC).getLanguage();
		String region = clean(input.region());
		if (region != null && (region.length() > 100 || regions.find(region).isEmpty())) {
			problems.add(FieldProblem.of("region", "report.region.unknown"));
		}
		String email = clean(input.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.add(FieldProblem.of("email", "report.email.invalid"));
		}
		String phone = clean(input.phone());
		if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 6)) {
			problems.add(FieldProblem.of("phone", "report.phone.invalid"));
		}
		if (!problems.isEmpty() || category == null || description == null) {
			throw new InvalidReport(problems);
		}
		return new NewReport(category, new ReportContent(description, postText, links, platform, seenAt), language,
				region, email, phone);
	}

	private List<String> links(@Nullable List<String> typed, List<FieldProblem> problems) {
		if (typed == null) {
			return List.of();
		}
		List<String> links = typed.stream().map(ReportValidation::clean).filter(l -> l != null).toList();
		if (links.size() > MAX_LINKS) {
			problems.add(FieldProblem.of("links", "report.links.too-many", MAX_LINKS));
			return List.of();
		}
		for (String link : links) {
			if (!isWebAddress(link)) {
				problems.add(FieldProblem.of("links", "report.links.invalid", MAX_LINK_LENGTH));
				return List.of();
			}
		}
		return links;
	}

	private static boolean isWebAddress(String link) {
		if (link.length() > MAX_LINK_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private @Nullable Instant seenAt(@Nullable String typed, List<FieldProblem> problems) {
		if (typed == null) {
			return null;
		}
		Instant seenAt = parseTime(typed);
		if (seenAt == null || typed.length() > 64) {
			problems.add(FieldProblem.of("seenAt", "report.seen-at.invalid"));
			return null;
		}
		if (seenAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
			problems.add(FieldProblem.of("seenAt", "report.seen-at.future"));
			return null;
		}
		return seenAt;
	}

	/** An ISO instant or offset time from the API, or a local time from the form (the service's zone). */
	private static @Nullable Instant parseTime(String typed) {
		try {
			return Instant.parse(typed);
		}
		catch (DateTimeParseException notInstant) {
			try {
				return OffsetDateTime.parse(typed).toInstant();
			}
			catch (DateTimeParseException notOffset) {
				try {
					return LocalDateTime.parse(typed).atZone(TimeConfiguration.SERVICE_ZONE).toInstant();
				}
				catch (DateTimeParseException notLocal) {
					return null;
				}
			}
		}
	}

	/** Trimmed text without NUL characters; {@code null} when nothing is left. */
	static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace("\u0000", "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}
}
