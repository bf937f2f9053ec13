package org.tawasul.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;

/**
 * What a reporter sees with their tracking code: the status, its history and the service's messages — never staff
 * notes, assignees or reasons. The reporter of a duplicate follows the original: they see its status, and its
 * later history and messages beside their own.
 */
@Service
public class TrackReport {

	private final Reports reports;

	private final JdbcClient jdbc;

	private final IntakeJournal journal;

	TrackReport(Reports reports, JdbcClient jdbc, IntakeJournal journal) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.journal = journal;
	}

	/**
	 * A report as its reporter follows it.
	 *
	 * @param reportIds the report and, when it was marked a duplicate, the original it follows (answers to either are
	 * shown to the reporter)
	 */
	public record TrackingView(TrackingCode code, ReportStatus status, ReportCategory category, Instant submittedAt,
			List<StatusEntry> history, List<MessageEntry> messages, int attachments, List<ReportId> reportIds) {
	}

	public record StatusEntry(ReportStatus status, Instant at) {
	}

	public record MessageEntry(Instant at, String text) {
	}

	@Transactional(readOnly = true)
	public Optional<TrackingView> find(TrackingCode code) {
		// The journal first: an entry leaves it in the transaction that files it, so a report not in the journal at
		// this statement is filed by the next one (the other order could miss one being filed in between).
		return received(code).or(() -> filed(code));
	}

	/** A report acknowledged during a burst and not filed yet: received, nothing else has happened to it. */
	private Optional<TrackingView> received(TrackingCode code) {
		return journal.find(code.hash()).map(entry -> {
			IntakeJournal.Payload payload = entry.read();
			return new TrackingView(code, ReportStatus.RECEIVED, payload.report().category(), entry.receivedAt(),
					List.of(new StatusEntry(ReportStatus.RECEIVED, entry.receivedAt())), List.of(),
					payload.attachments().size(), List.of(entry.id()));
		});
	}

	private Optional<TrackingView> filed(TrackingCode code) {
		return reports.findByTrackingHash(code.hash()).map(report -> {
			List<StatusEntry> history = new ArrayList<>(history(report.id(), Instant.EPOCH));
			List<MessageEntry> messages = new ArrayList<>(messages(report.id()));
			ReportStatus status = report.status();
			List<ReportId> reportIds = new ArrayList<>(List.of(report.id()));
			if (report.duplicateOf() != null) {
				Optional<Report> original = reports.find(report.duplicateOf());
				if (original.isPresent()) {
					Instant marked = history.getLast().at();
					history.addAll(history(original.get().id(), marked).stream()
						.filter(entry -> entry.at().isAfter(marked))
						.toList());
					messages.addAll(messages(original.get().id()));
					status = original.get().status();
					reportIds.add(original.get().id());
				}
			}
			history.sort(Comparator.comparing(StatusEntry::at));
			messages.sort(Comparator.comparing(MessageEntry::at));
			int attachments = jdbc.sql("select count(*) from reporting.attachment where report_id = ?")
				.param(report.id().value())
				.query(Integer.class)
				.single();
			return new TrackingView(code, status, report.category(), report.submittedAt(), history, messages,
					attachments, List.copyOf(reportIds));
		});
	}

	private List<StatusEntry> history(ReportId id, Instant after) {
		return jdbc.sql("select status, changed_at from reporting.status_change where report_id = ? and changed_at >= ? "
				+ "order by changed_at, id")
			.params(id.value(), java.sql.Timestamp.from(after))
			.query((rs, n) -> new StatusEntry(ReportStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.list();
	}

	private List<MessageEntry> messages(ReportId id) {
		return jdbc.sql("select sent_at, text from reporting.reporter_message where report_id = ? order by sent_at, id")
			.param(id.value())
			.query((rs, n) -> new MessageEntry(rs.getTimestamp(1).toInstant(), rs.getString(2)))
			.list();
	}

}
