package org.tawasul.newsroom.editorial;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The publication body's HTML, sanitised by the OWASP Java HTML Sanitizer (never by regular expressions): headings,
 * paragraphs, lists, quotes, tables, emphasis and links survive; scripts, event handlers, styles, frames, forms and
 * images from elsewhere (the CSP would block them anyway) are dropped.
 */
public final class RichText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "hr", "br").toFactory());

	private RichText() {
	}

	/** The sanitised HTML and how many elements or attributes were removed. */
	public static Sanitised sanitise(@Nullable String html) {
		if (html == null || html.isBlank()) {
			return new Sanitised("", 0);
		}
		AtomicInteger removed = new AtomicInteger();
		String clean = POLICY.sanitize(html, new HtmlChangeListener<AtomicInteger>() {
			@Override
			public void discardedTag(@Nullable AtomicInteger context, String elementName) {
				context.incrementAndGet();
			}

			@Override
			public void discardedAttributes(@Nullable AtomicInteger context, String tagName, String... attributeNames) {
				context.addAndGet(attributeNames.length);
			}
		}, removed);
		return new Sanitised(clean.strip(), removed.get());
	}

	/** The text of sanitised HTML without tags (for summaries, search and feeds' plain parts). */
	public static String plainText(String html) {
		String text = new HtmlPolicyBuilder().toFactory().sanitize(html.replace("</p>", "</p>\n").replace("<br", "\n<br"));
		return org.springframework.web.util.HtmlUtils.htmlUnescape(text).replaceAll("[ \\t]+", " ").strip();
	}

	public record Sanitised(String html, int removed) {
	}
}
