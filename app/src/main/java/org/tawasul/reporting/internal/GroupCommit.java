package org.tawasul.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes concurrent submissions together: the work of up to {@code max-batch} waiting requests runs in one
 * transaction with one commit (one WAL flush instead of one per report), on a few writer threads. A caller gets its
 * result only after the shared transaction committed, so an acknowledged report is as durable as before. If the
 * shared transaction fails, every piece of work in it is tried again alone, so one bad submission never costs the
 * others anything but time. Before start and after stop (shutdown), work runs alone in the caller's thread. Work that
 * is a single statement ({@link #update}) joins the same statement of the others in one JDBC batch, so that a burst
 * of deferred reports costs one round trip to PostgreSQL per shared transaction, not one per report.
 *
 * <p>When a viral rumour brings a burst of reports, this is what keeps intake close to what PostgreSQL can commit
 * (docs/benchmarks.md, intake); with a single request at a time it costs nothing but a hand-over between threads.
 */
@Component
class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	/** Submissions written within this window make the intake {@link #busy()}. */
	private static final long BUSY_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final ReportingProperties.Intake settings;

	private final LinkedBlockingQueue<Work<?>> waiting = new LinkedBlockingQueue<>();

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean running;

	private volatile long lastWrite = System.nanoTime() - BUSY_WINDOW_NANOS;

	GroupCommit(TransactionTemplate transaction, JdbcTemplate jdbc, ReportingProperties properties) {
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.settings = properties.intake();
	}

	/** Runs {@code work} in a transaction, possibly shared with other callers' work, and returns its result. */
	<T> @Nullable T execute(TransactionCallback<T> work) {
		return execute(new Work<>(work, null));
	}

	/**
	 * Runs one statement in a transaction, possibly shared with other callers' work, and returns its update count.
	 * The same statement of callers waiting together goes to PostgreSQL as one JDBC batch: one round trip for all.
	 */
	int update(SqlStatement statement) {
		Integer count = execute(new Work<>(status -> jdbc.update(statement.sql(), statement.args()), statement));
		return count == null ? 0 : count;
	}

	private <T> @Nullable T execute(Work<T> mine) {
		TransactionCallback<T> work = mine.callback;
		if (!running) {
			return transaction.execute(work);
		}
		waiting.add(mine);
		while (true) {
			try {
				return mine.result.get(1, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				if (!running && waiting.remove(mine)) { // stopped while this was still waiting: nobody else will write it
					return transaction.execute(work);
				}
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while a submission was being written", ex);
			}
		}
	}

	private void write() {
		List<Work<?>> batch = new ArrayList<>(settings.maxBatch());
		while (running || !waiting.isEmpty()) {
			try {
				Work<?> first = waiting.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				waiting.drainTo(batch, settings.maxBatch() - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void write(List<Work<?>> batch) {
		lastWrite = System.nanoTime();
		if (batch.size() > 1) {
			try {
				transaction.executeWithoutResult(status -> {
					runTogether(batch, status);
					if (status.isRollbackOnly()) { // one piece asked for a rollback: it must not take the others along
						throw new IllegalStateException("A shared intake transaction was marked for rollback");
					}
				});
				batch.forEach(Work::done);
				return;
			}
			catch (RuntimeException | Error ex) {
				log.debug("A shared intake transaction of {} failed; writing each alone", batch.size(), ex);
			}
		}
		for (Work<?> work : batch) {
			try {
				transaction.executeWithoutResult(work::run);
				work.done();
			}
			catch (RuntimeException | Error ex) {
				work.result.completeExceptionally(ex);
			}
		}
	}

	/** Runs a shared transaction's work: each callback in turn, and the statements as one batch per SQL text. */
	private void runTogether(List<Work<?>> batch, TransactionStatus status) {
		Map<String, List<Work<?>>> statements = new LinkedHashMap<>();
		for (Work<?> work : batch) {
			if (work.statement == null) {
				work.run(status);
			}
			else {
				statements.computeIfAbsent(work.statement.sql(), sql -> new ArrayList<>()).add(work);
			}
		}
		statements.forEach((sql, works) -> {
			int[] counts = jdbc.batchUpdate(sql, works.stream().map(work -> work.statement.args()).toList());
			for (int i = 0; i < counts.length; i++) {
				works.get(i).counted(counts[i]);
			}
		});
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < settings.writers(); i++) {
			writers.add(Thread.ofPlatform().name("intake-writer-" + i).daemon().start(this::write));
		}
	}

	/** Stops taking new work; what is already waiting is written first. */
	@Override
	public void stop() {
		running = false;
		for (Thread writer : writers) {
			try {
				writer.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		writers.clear();
	}

	/** How many pieces of work wait for a writer (for tests and metrics). */
	int waiting() {
		return waiting.size();
	}

	/** Whether submissions were written in the last tenth of a second (a burst is on). */
	boolean busy() {
		return System.nanoTime() - lastWrite < BUSY_WINDOW_NANOS;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** One caller's piece of work and, once its transaction committed, its result. */
	private static final class Work<T> {

		private final TransactionCallback<T> callback;

		/** The one statement the callback runs, when that is all it does (it can then join a batch). */
		private final @Nullable SqlStatement statement;

		private final CompletableFuture<T> result = new CompletableFuture<>();

		private @Nullable T value;

		Work(TransactionCallback<T> callback, @Nullable SqlStatement statement) {
			this.callback = callback;
			this.statement = statement;
		}

		@SuppressWarnings("unchecked") // only statements' work, whose result is their update count, is counted
		void counted(int count) {
			value = (T) Integer.valueOf(count);
		}

		void run(TransactionStatus status) {
			value = callback.doInTransaction(status);
		}

		void done() {
			result.complete(value);
		}
	}
}
