package org.tawasul.reporting.internal;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.reporting.ReportId;
import org.tawasul.reporting.ReporterContact;
import org.tawasul.reporting.ReporterContacts;
import tools.jackson.databind.json.JsonMapper;

/** Opens a reporter's sealed contact, and records who did ({@code report.view-contact}) in the same transaction. */
@Service
class SealedReporterContacts implements ReporterContacts {

	private final Reports reports;

	private final ContactVault vault;

	private final AuditTrail audit;

	private final JsonMapper json = JsonMapper.builder().build();

	SealedReporterContacts(Reports reports, ContactVault vault, AuditTrail audit) {
		this.reports = reports;
		this.vault = vault;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Optional<ReporterContact> find(ReportId reportId, String actor) {
		return reports.find(reportId).filter(Report::hasContact).map(report -> {
			SubmitReport.SealedContact contact = json.readValue(vault.open(report.sealedContact(), reportId.toString()),
					SubmitReport.SealedContact.class);
			audit.record(actor, "report.view-contact", "report:" + reportId, Map.of());
			return new ReporterContact(contact.email(), contact.phone(), new TrackingCode(contact.code()).grouped(),
					report.language());
		});
	}
}
