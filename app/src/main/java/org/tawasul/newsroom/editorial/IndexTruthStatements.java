package org.tawasul.newsroom.editorial;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicationCorrected;
import org.tawasul.newsroom.PublicationPublished;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.PublicationWithdrawn;
import org.tawasul.similarity.TruthStatements;

/**
 * Tells the claim index about truth statements that go public, are corrected or are withdrawn, so every report of
 * the same rumour, earlier or later, is answered.
 */
@Component
class IndexTruthStatements {

	private final Publications publications;

	private final TruthStatements statements;

	IndexTruthStatements(Publications publications, TruthStatements statements) {
		this.publications = publications;
		this.statements = statements;
	}

	@ApplicationModuleListener
	void on(PublicationPublished event) {
		if (event.type() == PublicationType.TRUTH_STATEMENT) {
			index(publications.get(event.publicationId()));
		}
	}

	@ApplicationModuleListener
	void on(PublicationCorrected event) {
		if (event.type() == PublicationType.TRUTH_STATEMENT) {
			index(publications.get(event.publicationId()));
		}
	}

	@ApplicationModuleListener
	void on(PublicationWithdrawn event) {
		if (event.type() == PublicationType.TRUTH_STATEMENT) {
			statements.withdrawn(event.publicationId().value());
		}
	}

	private void index(Publication p) {
		if (p.state() != PublicationState.PUBLISHED) {
			return;
		}
		List<TruthStatements.StatementClaim> versions = p.content().translations().values().stream()
			.map(t -> new TruthStatements.StatementClaim(t.language(), t.title(),
					t.claimText() + "\n" + t.summary()))
			.toList();
		statements.published(p.id().value(), versions);
	}
}
