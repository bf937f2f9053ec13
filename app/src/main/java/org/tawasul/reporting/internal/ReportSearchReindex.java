package org.tawasul.reporting.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes again, in the background after start, the reports whose search text was made with an older analysis
 * than {@link ReportSearch#VERSION} (reports stored before an upgrade). Until a report is done, staff search finds
 * it as the older analysis did. Several nodes share the work ({@code for update skip locked}).
 */
@Component
class ReportSearchReindex {

	private static final Logger log = LoggerFactory.getLogger(ReportSearchReindex.class);

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	ReportSearchReindex(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		Thread.ofVirtual().name("report-search-reindex").start(() -> {
			try {
				int done = reindexAll();
				if (done > 0) {
					log.info("Staff search: {} reports indexed again with analysis version {}", done,
							ReportSearch.VERSION);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Staff search: indexing older reports again stopped; it resumes at the next start", ex);
			}
		});
	}

	/** Indexes every report made with an older analysis; returns how many. */
	int reindexAll() {
		int total = 0;
		int batch;
		do {
			batch = reindexBatch();
			total += batch;
		}
		while (batch == BATCH);
		return total;
	}

	private int reindexBatch() {
		Integer done = tx.execute(status -> {
			List<Row> rows = jdbc.sql("""
					select id, description, post_text, links from reporting.report where search_version < ?
					order by submitted_at desc limit ? for update skip locked""")
				.params(ReportSearch.VERSION, BATCH)
				.query((rs, n) -> new Row(rs.getObject(1, UUID.class),
						new ReportContent(rs.getString(2), rs.getString(3), JdbcReports.strings(rs.getArray(4)), null,
								null)))
				.list();
			for (Row row : rows) {
				jdbc.sql("update reporting.report set search_text = ?, search_version = ? where id = ?")
					.params(ReportSearch.indexText(row.content()), ReportSearch.VERSION, row.id())
					.update();
			}
			return rows.size();
		});
		return done == null ? 0 : done;
	}

	private record Row(UUID id, ReportContent content) {
	}
}
