package org.tawasul.vigilance.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tawasul.platform.TimeConfiguration;
import org.tawasul.vigilance.cases.Case;

/**
 * The PDF summary of a judicial export, in Arabic (right to left, shaped) then French: the case, its stages, each
 * evidence object with its hash and timestamp, and the custody log. Labels come from the message bundles; the font
 * (DejaVu Sans, which has Arabic glyphs) from a jar on the classpath.
 */
@Component
class SummaryPdf {

	static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
		.withZone(TimeConfiguration.SERVICE_ZONE);

	private final MessageSource messages;

	SummaryPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(Case c, List<Evidence> evidence, List<CustodyEvent> custody, String exportedBy, Instant exportedAt) {
		StringBuilder html = new StringBuilder("""
				<html><head><meta charset="utf-8"/><style>
				body { font-family: 'DejaVu Sans'; font-size: 9pt; }
				h1 { font-size: 13pt; } h2 { font-size: 11pt; margin-top: 10pt; }
				table { border-collapse: collapse; width: 100%; } td, th { border: 0.5pt solid #888; padding: 2pt; vertical-align: top; }
				.hash { font-size: 7pt; word-wrap: break-word; }
				section { page-break-after: always; }
				</style></head><body>""");
		for (String language : List.of("ar", "fr")) {
			Locale locale = Locale.forLanguageTag(language);
			html.append("<section dir=\"").append("ar".equals(language) ? "rtl" : "ltr").append("\" lang=\"")
				.append(language).append("\">");
			html.append("<h1>").append(t("vigilance.pdf.title", locale)).append("</h1>");
			html.append("<table>");
			row(html, t("vigilance.pdf.case", locale), c.title() + " (" + c.id() + ")");
			row(html, t("vigilance.pdf.category", locale), t("category." + c.category(), locale));
			row(html, t("vigilance.pdf.region", locale), c.regionCode() == null ? "—" : c.regionCode());
			row(html, t("vigilance.pdf.detected", locale), TIME.format(c.detectedAt()));
			row(html, t("vigilance.pdf.stage", locale), t(c.stage().messageKey(), locale));
			row(html, t("vigilance.pdf.reference", locale), c.prosecutorReference() == null ? "—" : c.prosecutorReference());
			row(html, t("vigilance.pdf.exported", locale), exportedBy + " — " + TIME.format(exportedAt));
			html.append("</table>");
			html.append("<h2>").append(t("vigilance.pdf.history", locale)).append("</h2><table>");
			c.history().forEach(h -> row(html, TIME.format(h.at()),
					t(h.stage().messageKey(), locale) + " — " + h.actor() + (h.note() == null ? "" : " — " + h.note())));
			html.append("</table>");
			html.append("<h2>").append(t("vigilance.pdf.evidence", locale)).append("</h2><table>");
			for (Evidence e : evidence) {
				html.append("<tr><td>").append(escape(e.fileName())).append("<br/>")
					.append(escape(e.url() == null ? "" : e.url())).append("</td><td class=\"hash\">SHA-256 ")
					.append(e.sha256()).append("<br/>").append(t("vigilance.pdf.captured", locale)).append(' ')
					.append(escape(e.capturedBy())).append(" — ").append(TIME.format(e.capturedAt())).append("<br/>")
					.append(t("vigilance.pdf.timestamp", locale)).append(' ')
					.append(e.timestampTime() == null ? "—" : TIME.format(e.timestampTime())).append("</td></tr>");
			}
			html.append("</table>");
			html.append("<h2>").append(t("vigilance.pdf.custody", locale)).append("</h2><table>");
			custody.forEach(ev -> row(html, TIME.format(ev.at()),
					ev.action() + " — " + ev.actor() + " — " + ev.reason() + " — " + ev.evidenceId()));
			html.append("</table></section>");
		}
		html.append("</body></html>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont((FSSupplier<InputStream>) () -> SummaryPdf.class.getResourceAsStream(FONT), "DejaVu Sans");
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
			builder.withHtmlContent(html.toString(), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private String t(String key, Locale locale) {
		return escape(messages.getMessage(key, null, key, locale));
	}

	private static void row(StringBuilder html, String label, String value) {
		html.append("<tr><th>").append(label).append("</th><td>").append(escape(value)).append("</td></tr>");
	}

	static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
