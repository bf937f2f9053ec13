package org.tawasul.newsroom.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tawasul.platform.web.Languages;
import org.tawasul.similarity.MatchLevel;
import org.tawasul.similarity.StatementMatch;
import org.tawasul.similarity.TruthStatements;
import org.tawasul.text.LinkWords;
import org.tawasul.text.TextNormalizer;

/**
 * "Is it true?" (هل هذا صحيح؟): a citizen pastes a message or a link; the claim matcher compares it with every
 * published truth statement. Above the confirm threshold the statement is shown; above the suggest threshold,
 * "possibly related" statements; otherwise an invitation to report it through E-Blagh with the text pre-filled.
 * Works without JavaScript (a plain form, GET or POST). When the machine is at capacity and no search can start
 * within a second, the page says so at once (503, {@code Retry-After}), keeps the text and offers to try again.
 */
@Controller
class IsItTrue {

	static final int MAX_TEXT = 5_000;

	/** How long a new text may wait for a search slot before the visitor is told to try again. */
	static final Duration PATIENCE = Duration.ofSeconds(1);

	private final TruthStatements statements;

	private final StatementCards cards;

	IsItTrue(TruthStatements statements, StatementCards cards) {
		this.statements = statements;
		this.cards = cards;
	}

	@GetMapping("/is-it-true")
	String form(@RequestParam(required = false) String text, Locale locale, Model model,
			HttpServletResponse response) {
		if (text != null && !text.isBlank()) {
			return check(text, locale, model, response);
		}
		model.addAttribute("text", "");
		model.addAttribute("checked", false);
		return "newsroom/is-it-true";
	}

	@PostMapping("/is-it-true")
	String check(@RequestParam(defaultValue = "") String text, Locale locale, Model model,
			HttpServletResponse response) {
		String language = Languages.supported(locale.toLanguageTag()).map(Locale::getLanguage)
			.filter(SitePaths.CONTENT_LANGUAGES::contains)
			.orElse("fr");
		String trimmed = text.strip();
		model.addAttribute("text", trimmed);
		if (trimmed.isEmpty()) {
			model.addAttribute("checked", false);
			model.addAttribute("empty", true);
			return "newsroom/is-it-true";
		}
		if (trimmed.length() > MAX_TEXT) {
			trimmed = trimmed.substring(0, MAX_TEXT);
		}
		List<Card> confirmed = new ArrayList<>();
		List<Card> related = new ArrayList<>();
		model.addAttribute("reportLink", UriComponentsBuilder.fromPath("/report")
			.queryParam("text", trimmed.length() > 1500 ? trimmed.substring(0, 1500) : trimmed)
			.encode()
			.toUriString());
		Optional<List<StatementMatch>> answered = statements.matchUnlessBusy(trimmed, 5, PATIENCE);
		if (answered.isPresent() && answered.get().isEmpty() && TextNormalizer.standard().normalize(trimmed).isBlank()) {
			// a link alone: matching reads words, so use the words of its address (news sites put the headline there).
			// Checked only when nothing at all came back, so a text with matches never pays for a second normalisation
			String linkWords = LinkWords.of(trimmed);
			if (linkWords.isBlank()) {
				model.addAttribute("checked", false);
				model.addAttribute("linkOnly", true);
				return "newsroom/is-it-true";
			}
			model.addAttribute("fromLink", true);
			answered = statements.matchUnlessBusy(linkWords, 5, PATIENCE);
		}
		if (answered.isEmpty()) { // at capacity: say so at once, keep the text, invite to retry
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			model.addAttribute("checked", false);
			model.addAttribute("busy", true);
			return "newsroom/is-it-true";
		}
		List<StatementMatch> matches = answered.get().stream()
			.filter(m -> m.level() == MatchLevel.CONFIRM || m.level() == MatchLevel.SUGGEST)
			.toList();
		Map<UUID, Card> published = cards.published(matches.stream().map(StatementMatch::publicationId).toList(),
				language);
		for (StatementMatch match : matches) {
			Card card = published.get(match.publicationId());
			if (card != null) {
				(match.level() == MatchLevel.CONFIRM ? confirmed : related).add(card);
			}
		}
		model.addAttribute("checked", true);
		model.addAttribute("confirmed", confirmed);
		model.addAttribute("related", related);
		return "newsroom/is-it-true";
	}
}
