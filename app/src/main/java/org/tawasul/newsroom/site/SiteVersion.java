package org.tawasul.newsroom.site;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tawasul.newsroom.PublicationCorrected;
import org.tawasul.newsroom.PublicationPublished;
import org.tawasul.newsroom.PublicationWithdrawn;

/**
 * A counter that moves whenever something public changes on this node (after the change commits), so rendered
 * pages cached in memory are never served stale here. Other nodes catch up within the cache's time to live.
 */
@Component
class SiteVersion {

	private final AtomicLong version = new AtomicLong();

	long current() {
		return version.get();
	}

	void bump() {
		version.incrementAndGet();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PublicationPublished event) {
		bump();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PublicationCorrected event) {
		bump();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PublicationWithdrawn event) {
		bump();
	}
}
