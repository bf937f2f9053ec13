package org.tawasul.newsroom.editorial;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicationId;

/**
 * Publishes scheduled publications when their time (chosen in Africa/Casablanca time, stored as an instant) comes,
 * by the injected clock. Each publication goes in its own transaction; the versioned update keeps two nodes from
 * publishing one twice.
 */
@Component
public class ScheduledPublishing {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	private final Publications publications;

	private final EditorialDesk desk;

	private final Clock clock;

	ScheduledPublishing(Publications publications, EditorialDesk desk, Clock clock) {
		this.publications = publications;
		this.desk = desk;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tawasul.newsroom.schedule-check:PT30S}", initialDelayString = "PT10S")
	public int publishDue() {
		int published = 0;
		for (PublicationId id : publications.dueAt(clock.instant())) {
			try {
				if (desk.publishIfDue(id)) {
					published++;
				}
			}
			catch (EditorialException e) {
				log.warn("Scheduled publication {} not published: {}", id, e.getMessage());
			}
		}
		return published;
	}
}
