package org.tawasul.newsroom.editorial;

import java.util.List;
import java.util.UUID;

import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;

/** Test helper: takes a publication through the whole workflow with two different people. */
public final class PublishedStatements {

	private PublishedStatements() {
	}

	public static PublicationId publishTruthStatement(EditorialDesk desk, String suffix, List<UUID> caseIds) {
		var saved = desk.draft(PublicationType.TRUTH_STATEMENT, Publications_.truthStatement(suffix, caseIds),
				Publications_.EDITOR);
		int v = desk.submit(saved.id(), saved.version(), Publications_.EDITOR);
		v = desk.approve(saved.id(), v, Publications_.APPROVER);
		desk.publish(saved.id(), v, Publications_.EDITOR);
		return saved.id();
	}

	public static PublicationId publish(EditorialDesk desk, PublicationType type, Content content) {
		var saved = desk.draft(type, content, Publications_.EDITOR);
		int v = desk.submit(saved.id(), saved.version(), Publications_.EDITOR);
		v = desk.approve(saved.id(), v, Publications_.APPROVER);
		desk.publish(saved.id(), v, Publications_.EDITOR);
		return saved.id();
	}

	public static Content truthStatement(String claimAr, String claimFr, String title) {
		Content base = Publications_.truthStatement(title);
		var translations = new java.util.LinkedHashMap<String, Translation>();
		base.translations().forEach((language, t) -> translations.put(language,
				new Translation(language, "", t.title(), t.summary(), t.bodyHtml(), t.imageAlt(),
						"ar".equals(language) ? claimAr : claimFr, t.evidence())));
		return base.withTranslations(translations);
	}

	public static Staff approver() {
		return Publications_.APPROVER;
	}

	public static Staff supervisor() {
		return Publications_.SUPERVISOR;
	}
}
