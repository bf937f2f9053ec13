package org.tawasul.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tawasul.reporting.ReportSubmitted;

/**
 * Sends again the acknowledgements whose mail failed (the mail server was down, refused, timed out): every few
 * minutes, each incomplete {@link ReportSubmitted} publication older than {@code tawasul.notifications.retry-after}
 * is handed to its listeners again. Restarts resend them too (the registry republishes on start).
 */
@Component
class FailedMailRetry {

	private static final Logger log = LoggerFactory.getLogger(FailedMailRetry.class);

	private final IncompleteEventPublications incomplete;

	private final NotificationsProperties properties;

	private final java.time.Clock clock;

	FailedMailRetry(IncompleteEventPublications incomplete, NotificationsProperties properties, java.time.Clock clock) {
		this.incomplete = incomplete;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tawasul.notifications.retry-interval:PT2M}", initialDelayString = "PT1M")
	void resend() {
		java.time.Instant before = clock.instant().minus(properties.retryAfter());
		log.debug("Resubmitting acknowledgements that failed before {}", before);
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ReportSubmitted
				&& publication.getPublicationDate().isBefore(before));
	}
}
