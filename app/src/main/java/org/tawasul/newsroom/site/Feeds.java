package org.tawasul.newsroom.site;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.platform.DomainException;

/**
 * RSS 2.0 and Atom 1.0 feeds per language, for all publications or one type: the 30 newest, written with Rome.
 */
@Controller("siteFeeds")
class Feeds {

	private static final int SIZE = 30;

	private final PublicCatalog catalog;

	private final SiteProperties site;

	private final MessageSource messages;

	Feeds(PublicCatalog catalog, SiteProperties site, MessageSource messages) {
		this.catalog = catalog;
		this.site = site;
		this.messages = messages;
	}

	@GetMapping("/{language:ar|fr|en}/feeds/{list}.{format:rss|atom}")
	ResponseEntity<String> feed(@PathVariable String language, @PathVariable String list, @PathVariable String format,
			WebRequest request) throws FeedException {
		PublicationType type = "all".equals(list) ? null
				: SitePaths.type(list).orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "newsroom.not-found"));
		var last = catalog.lastChange();
		if (last.isPresent() && request.checkNotModified(last.get().toEpochMilli())) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(language);
		String title = messages.getMessage("layout.brand", null, locale) + " — "
				+ messages.getMessage(type == null ? "newsroom.list.ALL" : "newsroom.list." + type.name(), null, locale);
		String self = site.baseUrl() + SitePaths.feed(language, list, format);
		String home = site.baseUrl() + (type == null ? "/" + language : SitePaths.list(language, type));

		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("rss".equals(format) ? "rss_2.0" : "atom_1.0");
		feed.setTitle(title);
		feed.setLink(home);
		feed.setUri(self);
		feed.setDescription(messages.getMessage("newsroom.feed.description", null, locale));
		feed.setLanguage(language);
		feed.setPublishedDate(Date.from(last.orElse(java.time.Instant.EPOCH)));
		SyndLink selfLink = new SyndLinkImpl();
		selfLink.setRel("self");
		selfLink.setHref(self);
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setHref(home);
		feed.setLinks(List.of(alternate, selfLink));
		feed.setAuthor(StructuredData.ORGANISATION);

		List<SyndEntry> entries = new ArrayList<>();
		for (Card card : catalog.page(language, type, null, null, 1, SIZE).cards()) {
			SyndEntry entry = new SyndEntryImpl();
			String url = site.baseUrl() + card.path();
			entry.setTitle(card.title());
			entry.setLink(url);
			entry.setUri(url);
			entry.setPublishedDate(Date.from(card.publishedAt()));
			entry.setUpdatedDate(Date.from(card.publishedAt()));
			entry.setAuthor(StructuredData.ORGANISATION);
			SyndContent description = new SyndContentImpl();
			description.setType("text/plain");
			description.setValue(card.summary());
			entry.setDescription(description);
			entries.add(entry);
		}
		feed.setEntries(entries);
		String xml = new SyndFeedOutput().outputString(feed, true);
		MediaType mediaType = MediaType.parseMediaType(
				"rss".equals(format) ? "application/rss+xml;charset=UTF-8" : "application/atom+xml;charset=UTF-8");
		return ResponseEntity.ok()
			.contentType(mediaType)
			.cacheControl(CacheControl.maxAge(site.maxAge().toSeconds(), TimeUnit.SECONDS).cachePublic())
			.body(xml);
	}
}
