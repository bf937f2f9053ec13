package org.tawasul.newsroom.site;

import java.io.StringWriter;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.Translation;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9 with xhtml:link hreflang alternates): the home pages, the lists and every
 * public language version, written with StAX so every value is escaped.
 */
@Controller
class Sitemap {

	private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private final PublicCatalog catalog;

	private final SiteProperties site;

	Sitemap(PublicCatalog catalog, SiteProperties site) {
		this.catalog = catalog;
		this.site = site;
	}

	@GetMapping(path = "/sitemap.xml")
	ResponseEntity<String> sitemap(WebRequest request) throws XMLStreamException {
		var last = catalog.lastChange();
		if (last.isPresent() && request.checkNotModified(last.get().toEpochMilli())) {
			return null;
		}
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NS);
		xml.writeNamespace("xhtml", XHTML);
		url(xml, site.baseUrl() + "/", null);
		for (String language : SitePaths.CONTENT_LANGUAGES) {
			url(xml, site.baseUrl() + "/" + language, null);
			for (PublicationType type : PublicationType.values()) {
				url(xml, site.baseUrl() + SitePaths.list(language, type), null);
			}
		}
		for (Publication p : catalog.allPublic()) {
			for (Translation t : p.content().translations().values()) {
				xml.writeStartElement("url");
				element(xml, "loc", site.baseUrl() + SitePaths.publication(t.language(), t.slug()));
				element(xml, "lastmod", StructuredData.iso(p.updatedAt()));
				for (Translation other : p.content().translations().values()) {
					xml.writeEmptyElement("xhtml", "link", XHTML);
					xml.writeAttribute("rel", "alternate");
					xml.writeAttribute("hreflang", other.language());
					xml.writeAttribute("href", site.baseUrl() + SitePaths.publication(other.language(), other.slug()));
				}
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(site.maxAge().toSeconds(), TimeUnit.SECONDS).cachePublic())
			.body(out.toString());
	}

	private static void url(XMLStreamWriter xml, String loc, String lastmod) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", loc);
		if (lastmod != null) {
			element(xml, "lastmod", lastmod);
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
