package org.tawasul.reporting.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the reports that were acknowledged from the intake journal during a burst ({@link SubmitReport}): each
 * becomes a report in the triage inbox with its first status, attachments and {@code ReportSubmitted} publication
 * (as {@link SubmitReport} stores it outside a burst), and leaves the journal in the same transaction. A crash
 * between the two loses nothing: the entry is filed after the restart.
 *
 * <p>When a viral rumour brings thousands of reports a minute, acknowledging a report costs a fifth of filing it
 * (docs/benchmarks.md, intake). While reports keep arriving, the filer rests
 * {@code tawasul.reporting.intake.filing-pause-while-busy} (5 s) after each batch of {@code filing-batch} (100), so
 * citizens get their tracking codes at once and staff still see at least 1,200 reports a minute reach the inbox;
 * after the burst it files at full speed (about 1,000 a second on two cores). A reporter
 * can follow a report that is not filed yet ({@link TrackReport}). An entry that cannot be filed is logged and tried
 * again later, never dropped, and never holds up the others.
 */
@Component
class ReportFiler implements SmartLifecycle, MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(ReportFiler.class);

	private final IntakeJournal journal;

	private final Reports reports;

	private final TransactionTemplate transaction;

	private final GroupCommit intake;

	private final ReportingProperties.Intake settings;

	private final Semaphore signal = new Semaphore(0);

	private final AtomicLong filed = new AtomicLong();

	private volatile boolean running;

	private volatile CountDownLatch stopping = new CountDownLatch(1);

	private volatile boolean behind;

	private @Nullable Thread filer;

	ReportFiler(IntakeJournal journal, Reports reports, TransactionTemplate transaction, GroupCommit intake,
			ReportingProperties properties) {
		this.journal = journal;
		this.reports = reports;
		this.transaction = transaction;
		this.intake = intake;
		this.settings = properties.intake();
	}

	/** Whether a report received now should go through the journal, the intake being as busy as it is. */
	boolean shouldDefer() {
		return settings.deferWhenWaiting() == 0 || behind || intake.waiting() >= settings.deferWhenWaiting();
	}

	/** A report was added to the journal and committed: file it soon. */
	void added() {
		behind = true;
		signal.release();
	}

	/** How many reports were filed from the journal since start. */
	long filed() {
		return filed.get();
	}

	private void run() {
		while (running) {
			signal.drainPermits();
			int count;
			try {
				count = fileBatch();
			}
			catch (RuntimeException ex) { // the database is away: the entries wait in the journal
				log.warn("Could not file received reports; trying again in a second", ex);
				pause(Duration.ofSeconds(1));
				continue;
			}
			if (count == 0) {
				behind = false;
				waitForWork();
			}
			else if (intake.busy()) {
				pause(settings.filingPauseWhileBusy());
			}
		}
	}

	/** Files a batch of due entries in one transaction; if that fails, each alone. */
	private int fileBatch() {
		List<IntakeJournal.Entry> taken = new ArrayList<>();
		try {
			transaction.executeWithoutResult(status -> {
				taken.addAll(journal.take(settings.filingBatch()));
				taken.forEach(this::file);
				journal.forget(taken);
			});
			filed.addAndGet(taken.size());
			return taken.size();
		}
		catch (RuntimeException ex) {
			if (taken.isEmpty()) {
				throw ex;
			}
			log.debug("Filing {} received reports together failed; filing each alone", taken.size(), ex);
		}
		int count = 0;
		for (IntakeJournal.Entry entry : taken) {
			try {
				Boolean done = transaction.execute(status -> journal.take(entry.seq()).map(due -> {
					file(due);
					journal.forget(List.of(due));
					return true;
				}).orElse(false));
				if (Boolean.TRUE.equals(done)) {
					count++;
					filed.incrementAndGet();
				}
			}
			catch (RuntimeException ex) {
				log.error("Received report {} could not be filed; it stays in reporting.intake and is tried again later",
						entry.id(), ex);
				journal.postpone(entry.seq());
			}
		}
		return count;
	}

	private void file(IntakeJournal.Entry entry) {
		reports.save(entry.file());
	}

	private void waitForWork() {
		try {
			signal.tryAcquire(1, TimeUnit.SECONDS); // other nodes add entries too: look again within a second
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	private void pause(Duration duration) {
		try {
			stopping.await(duration.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	@Override
	public void start() {
		running = true;
		stopping = new CountDownLatch(1);
		filer = Thread.ofPlatform().name("report-filer").daemon().start(this::run);
	}

	/** Finishes the batch being filed; what is left in the journal is filed after the next start. */
	@Override
	public void stop() {
		running = false;
		signal.release();
		stopping.countDown();
		if (filer == null) {
			return;
		}
		try {
			filer.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("tawasul.reporting.intake.backlog", journal, IntakeJournal::backlog)
			.description("Acknowledged reports waiting in the intake journal to be filed")
			.register(registry);
		FunctionCounter.builder("tawasul.reporting.intake.filed", filed, AtomicLong::get)
			.description("Reports filed from the intake journal since start")
			.register(registry);
	}
}
