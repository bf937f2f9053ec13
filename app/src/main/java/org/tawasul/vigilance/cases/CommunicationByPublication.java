package org.tawasul.vigilance.cases;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicationPublished;

/** A published publication that names cases completes their communication stage and stops their clocks. */
@Component
class CommunicationByPublication {

	private final CaseWork work;

	CommunicationByPublication(CaseWork work) {
		this.work = work;
	}

	@ApplicationModuleListener
	void on(PublicationPublished event) {
		if (!event.caseIds().isEmpty()) {
			work.publicationPublished(event.publicationId().value(), event.caseIds(), event.publishedAt());
		}
	}
}
