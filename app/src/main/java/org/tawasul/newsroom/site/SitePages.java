package org.tawasul.newsroom.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.tawasul.identity.Regions;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.PublicationState;
import org.tawasul.newsroom.editorial.Translation;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.web.Languages;

/**
 * The public site's pages: home, lists per type, tag and region, search and the publication pages. Every page is
 * the same for every visitor (its language comes from the path), carries Cache-Control and Last-Modified, and is
 * kept rendered in memory by {@link RenderedPageCache}.
 */
@Controller
class SitePages {

	private static final String LANG = "{language:ar|fr|en}";

	private final PublicCatalog catalog;

	private final SiteSearch search;

	private final StructuredData structuredData;

	private final SiteProperties site;

	private final Regions regions;

	private final MessageSource messages;

	SitePages(PublicCatalog catalog, SiteSearch search, StructuredData structuredData, SiteProperties site,
			Regions regions, MessageSource messages) {
		this.catalog = catalog;
		this.search = search;
		this.structuredData = structuredData;
		this.site = site;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/")
	@Nullable String home(Locale locale, Model model, WebRequest request, HttpServletResponse response) {
		String language = Languages.supported(locale.toLanguageTag()).map(Locale::getLanguage)
			.filter(SitePaths.CONTENT_LANGUAGES::contains)
			.orElse("fr");
		if (notModified(request, response)) {
			return null;
		}
		response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		model.addAttribute("contentLanguage", language);
		model.addAttribute("statements", catalog.page(language, PublicationType.TRUTH_STATEMENT, null, null, 1, 4).cards());
		model.addAttribute("latest", catalog.page(language, null, null, null, 1, 8).cards());
		model.addAttribute("types", typeLinks(language));
		model.addAttribute("feed", SitePaths.feed(language, "all", "rss"));
		alternatesForLists(model, "");
		return "newsroom/home";
	}

	@GetMapping("/" + LANG)
	@Nullable String languageHome(@PathVariable String language, Model model, WebRequest request,
			HttpServletResponse response) {
		return home(Locale.forLanguageTag(language), model, request, response);
	}

	@GetMapping("/" + LANG + "/{segment:press-releases|news|truth-statements|reportages|digital-content}")
	@Nullable String list(@PathVariable String language, @PathVariable String segment,
			@RequestParam(defaultValue = "1") int page, Model model, WebRequest request, HttpServletResponse response) {
		PublicationType type = SitePaths.type(segment).orElseThrow();
		if (notModified(request, response)) {
			return null;
		}
		String title = messages.getMessage("newsroom.list." + type.name(), null, Locale.forLanguageTag(language));
		return listPage(model, language, title, catalog.page(language, type, null, null, page, site.pageSize()),
				SitePaths.list(language, type), SitePaths.feed(language, segment, "rss"), "/" + segment);
	}

	@GetMapping("/" + LANG + "/tags/{tag}")
	@Nullable String tag(@PathVariable String language, @PathVariable String tag,
			@RequestParam(defaultValue = "1") int page, Model model, WebRequest request, HttpServletResponse response) {
		if (notModified(request, response)) {
			return null;
		}
		String title = messages.getMessage("newsroom.tag.title", new Object[] { tag }, Locale.forLanguageTag(language));
		return listPage(model, language, title, catalog.page(language, null, tag, null, page, site.pageSize()),
				SitePaths.tag(language, tag), null, null);
	}

	@GetMapping("/" + LANG + "/regions/{code}")
	@Nullable String region(@PathVariable String language, @PathVariable String code,
			@RequestParam(defaultValue = "1") int page, Model model, WebRequest request, HttpServletResponse response) {
		var region = regions.find(code)
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "newsroom.not-found"));
		if (notModified(request, response)) {
			return null;
		}
		String title = messages.getMessage("newsroom.region.title", new Object[] { region.name(language) },
				Locale.forLanguageTag(language));
		return listPage(model, language, title, catalog.page(language, null, null, code, page, site.pageSize()),
				SitePaths.region(language, code), null, "/regions/" + SitePaths.encode(code));
	}

	@GetMapping("/" + LANG + "/search")
	String search(@PathVariable String language, @RequestParam(defaultValue = "") String q, Model model,
			HttpServletResponse response) {
		cacheFor(response);
		String query = q.length() > 300 ? q.substring(0, 300) : q;
		List<Card> results = new ArrayList<>();
		if (!query.isBlank()) {
			for (var id : search.search(query, language, 30)) {
				catalog.byId(id).filter(p -> p.state() == PublicationState.PUBLISHED)
					.ifPresent(p -> results.add(PublicCatalog.card(p, language)));
			}
		}
		model.addAttribute("contentLanguage", language);
		model.addAttribute("q", query);
		model.addAttribute("results", results);
		model.addAttribute("searched", !query.isBlank());
		alternatesForLists(model, "/search");
		return "newsroom/search";
	}

	@GetMapping("/" + LANG + "/publications/{slug}")
	@Nullable String publication(@PathVariable String language, @PathVariable String slug, Model model,
			WebRequest request, HttpServletResponse response) {
		Publication p = catalog.bySlug(language, slug)
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "newsroom.not-found"));
		Translation t = p.content().translation(language).orElseThrow();
		cacheFor(response);
		if (request.checkNotModified(p.updatedAt().toEpochMilli())) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(language);
		String path = SitePaths.publication(language, t.slug());
		List<Alternate> alternates = p.content().translations().values().stream()
			.map(v -> new Alternate(v.language(), site.baseUrl() + SitePaths.publication(v.language(), v.slug()),
					SitePaths.publication(v.language(), v.slug())))
			.toList();
		String verdictName = p.content().verdict() == null ? ""
				: messages.getMessage("newsroom.verdict." + p.content().verdict().name(), null, locale);
		model.addAttribute("p", p);
		model.addAttribute("t", t);
		model.addAttribute("contentLanguage", language);
		model.addAttribute("dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
		model.addAttribute("canonical", site.baseUrl() + path);
		model.addAttribute("alternates", alternates);
		model.addAttribute("xDefault", alternates.stream().filter(a -> a.language().equals("ar")).findFirst()
			.orElse(alternates.get(0)).url());
		model.addAttribute("description", StructuredData.description(t));
		model.addAttribute("imageUrl", p.content().leadImageSha256() == null ? null
				: site.baseUrl() + SitePaths.image(p.content().leadImageSha256()));
		model.addAttribute("imagePath", p.content().leadImageSha256() == null ? null
				: SitePaths.image(p.content().leadImageSha256()));
		model.addAttribute("jsonLd", p.state() == PublicationState.PUBLISHED
				? structuredData.jsonLd(p, t, verdictName) : null);
		model.addAttribute("verdictName", verdictName);
		model.addAttribute("date", p.publishedAt() == null ? "" : PublicCatalog.date(p.publishedAt(), language));
		model.addAttribute("datetime", p.publishedAt() == null ? "" : StructuredData.iso(p.publishedAt()));
		model.addAttribute("corrections", p.corrections().stream()
			.map(c -> new DatedNote(PublicCatalog.date(c.correctedAt(), language), StructuredData.iso(c.correctedAt()),
					c.note()))
			.toList());
		model.addAttribute("withdrawnDate", p.withdrawnAt() == null ? "" : PublicCatalog.date(p.withdrawnAt(), language));
		model.addAttribute("tags", p.content().tags().stream()
			.map(tag -> new Link(tag, SitePaths.tag(language, tag))).toList());
		model.addAttribute("region", Optional.ofNullable(p.content().regionCode()).flatMap(regions::find)
			.map(r -> new Link(r.name(language), SitePaths.region(language, r.code()))).orElse(null));
		model.addAttribute("typeLink", new Link(messages.getMessage("newsroom.list." + p.type().name(), null, locale),
				SitePaths.list(language, p.type())));
		model.addAttribute("ogLocale", language.equals("ar") ? "ar_MA" : language.equals("fr") ? "fr_MA" : "en_US");
		model.addAttribute("headTemplate", "newsroom/publication");
		return "newsroom/publication";
	}

	private String listPage(Model model, String language, String title, PublicCatalog.Slice slice, String path,
			@Nullable String feed, @Nullable String alternateSuffix) {
		model.addAttribute("contentLanguage", language);
		model.addAttribute("title", title);
		model.addAttribute("slice", slice);
		model.addAttribute("path", path);
		model.addAttribute("feed", feed);
		model.addAttribute("canonical", site.baseUrl() + path + (slice.page() > 1 ? "?page=" + slice.page() : ""));
		if (alternateSuffix != null) {
			alternatesForLists(model, alternateSuffix);
		}
		model.addAttribute("headTemplate", "newsroom/list");
		return "newsroom/list";
	}

	private void alternatesForLists(Model model, String suffix) {
		model.addAttribute("alternates", SitePaths.CONTENT_LANGUAGES.stream()
			.map(l -> new Alternate(l, site.baseUrl() + "/" + l + suffix, "/" + l + suffix))
			.toList());
	}

	private List<Link> typeLinks(String language) {
		Locale locale = Locale.forLanguageTag(language);
		List<Link> links = new ArrayList<>();
		for (PublicationType type : PublicationType.values()) {
			links.add(new Link(messages.getMessage("newsroom.list." + type.name(), null, locale),
					SitePaths.list(language, type)));
		}
		return links;
	}

	private boolean notModified(WebRequest request, HttpServletResponse response) {
		cacheFor(response);
		Optional<Instant> last = catalog.lastChange();
		return last.isPresent() && request.checkNotModified(last.get().toEpochMilli());
	}

	private void cacheFor(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(site.maxAge().toSeconds(), TimeUnit.SECONDS).cachePublic().getHeaderValue());
	}

	public record Alternate(String language, String url, String path) {
	}

	public record Link(String label, String path) {
	}

	public record DatedNote(String date, String datetime, String note) {
	}
}
