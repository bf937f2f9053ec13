package org.tawasul.newsroom.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public site.
 *
 * @param baseUrl absolute address of the site, for canonical URLs, feeds, the sitemap and JSON-LD
 * @param pageSize publications per list page
 * @param maxAge how long browsers and proxies may keep a page without asking again
 * @param renderedPageTtl how long a rendered page is served from memory at most (other nodes' publications show up
 *     within this time; this node's own are seen at once)
 */
@ConfigurationProperties("tawasul.site")
record SiteProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("10") int pageSize,
		@DefaultValue("60s") Duration maxAge, @DefaultValue("30s") Duration renderedPageTtl) {
}
