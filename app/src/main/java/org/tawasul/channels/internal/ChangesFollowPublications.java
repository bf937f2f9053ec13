package org.tawasul.channels.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicationCorrected;
import org.tawasul.newsroom.PublicationWithdrawn;

/**
 * A corrected or withdrawn publication changes what was posted: one CORRECTION (Facebook edits, X deletes and posts
 * again, Instagram comments) or WITHDRAWAL (delete; Instagram by hand) delivery per account it went to, due at the
 * correction's or withdrawal's time. Runs from the event publication registry like the first planning; the
 * change's revision comes from the event (the newsroom revision a correction replaced; 0 for the withdrawal, which
 * happens once), so an event processed twice plans nothing more.
 */
@Component
class ChangesFollowPublications {

	private final DeliveryPlanner planner;

	ChangesFollowPublications(DeliveryPlanner planner) {
		this.planner = planner;
	}

	@ApplicationModuleListener
	void on(PublicationCorrected event) {
		planner.planChange(event.publicationId().value(), Delivery.Kind.CORRECTION, event.revisionBefore(),
				event.correctedAt());
	}

	@ApplicationModuleListener
	void on(PublicationWithdrawn event) {
		planner.planChange(event.publicationId().value(), Delivery.Kind.WITHDRAWAL, 0, event.withdrawnAt());
	}
}
