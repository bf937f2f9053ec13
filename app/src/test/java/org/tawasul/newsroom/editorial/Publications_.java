package org.tawasul.newsroom.editorial;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tawasul.identity.Role;

/** Object mother for publications and the people who work on them. */
final class Publications_ {

	static final Staff EDITOR = new Staff("editor-amina", Set.of(Role.EDITOR));
	static final Staff SECOND_EDITOR = new Staff("editor-karim", Set.of(Role.EDITOR));
	static final Staff APPROVER = new Staff("approver-youssef", Set.of(Role.APPROVER));
	static final Staff EDITOR_AND_APPROVER = new Staff("editor-approver-salma", Set.of(Role.EDITOR, Role.APPROVER));
	static final Staff SUPERVISOR = new Staff("supervisor-nadia", Set.of(Role.SUPERVISOR));

	private Publications_() {
	}

	static Content truthStatement(String suffix) {
		return truthStatement(suffix, List.of());
	}

	static Content truthStatement(String suffix, List<UUID> caseIds) {
		return new Content(Map.of(
				"ar", new Translation("ar", "", "بيان حقيقة حول إشاعة اختطاف أطفال " + suffix, "لا أساس لها من الصحة",
						"<p>تنفي المديرية العامة للأمن الوطني صحة الادعاءات.</p>", "صورة الملصق المتداول",
						"تداولت صفحات خبرا عن اختطاف أطفال قرب مدرسة بالدار البيضاء",
						"الأبحاث المنجزة أثبتت أن الصورة قديمة ومن خارج المغرب"),
				"fr", new Translation("fr", "", "Mise au point sur la rumeur d'enlèvement d'enfants " + suffix,
						"Aucun fondement", "<p>La DGSN dément ces allégations.</p>", "Affiche partagée",
						"Des pages affirment que des enfants ont été enlevés près d'une école à Casablanca",
						"Les vérifications montrent que l'image est ancienne et prise hors du Maroc")),
				"casablanca-settat", List.of("إشاعات", "أطفال"), caseIds, List.of(), "ab".repeat(32),
				"Facebook, WhatsApp", ClaimVerdict.FALSE, null, null);
	}

	static Content pressRelease(String title) {
		return new Content(Map.of(
				"ar", new Translation("ar", "", title, "", "<p>نص البلاغ</p>", "", "", ""),
				"fr", new Translation("fr", "", title + " (fr)", "", "<p>Texte du communiqué</p>", "", "", "")),
				null, List.of(), List.of(), List.of(), null, null, null, null, null);
	}

	static Content reportage(String outlet, LocalDate airDate) {
		return new Content(Map.of(
				"ar", new Translation("ar", "", "ربورتاج", "", "<p>نص</p>", "", "", ""),
				"fr", new Translation("fr", "", "Reportage", "", "<p>Texte</p>", "", "", "")),
				null, List.of(), List.of(), List.of(), null, null, null, outlet, airDate);
	}
}
