package org.tawasul.newsroom.site;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicLinks;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.editorial.PublicationState;
import org.tawasul.newsroom.editorial.Translation;
import org.tawasul.reporting.ReportAnswers;
import org.tawasul.reporting.ReportId;
import org.tawasul.similarity.StatementMatches;

/**
 * Links to public publications for other modules: the newsroom's {@link PublicLinks}, and reporting's
 * {@link ReportAnswers} SPI (the truth statements that answer a report, shown on its tracking page).
 */
@Component
class SiteLinks implements PublicLinks, ReportAnswers {

	private final PublicCatalog catalog;

	private final StatementMatches matches;

	SiteLinks(PublicCatalog catalog, StatementMatches matches) {
		this.catalog = catalog;
		this.matches = matches;
	}

	@Override
	public Optional<PublicLink> find(PublicationId id, String language) {
		return catalog.byId(id).filter(p -> p.state() == PublicationState.PUBLISHED).map(p -> {
			Translation t = PublicCatalog.translation(p, language);
			return new PublicLink(id, p.type(), t.language(), t.title(), SitePaths.publication(t.language(), t.slug()));
		});
	}

	@Override
	public List<ReportAnswer> forReport(ReportId reportId, String language) {
		return matches.answersFor(reportId).stream()
			.map(id -> find(new PublicationId(id), language))
			.flatMap(Optional::stream)
			.map(link -> new ReportAnswer(link.title(), link.path(), link.language()))
			.toList();
	}
}
