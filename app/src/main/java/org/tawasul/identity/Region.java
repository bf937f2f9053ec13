package org.tawasul.identity;

import org.jspecify.annotations.Nullable;

/**
 * A territorial unit of the service: one of Morocco's 12 regions, or a security prefecture (ولاية الأمن) or
 * provincial command (الأمن الإقليمي) within a region.
 *
 * @param code stable code, e.g. {@code casablanca-settat} or {@code prefecture-casablanca}
 * @param parentCode the region a prefecture or province belongs to, {@code null} for a region
 */
public record Region(String code, String nameAr, String nameFr, @Nullable String parentCode) {

	/** The name in a language (Arabic unless French is asked for; English and Spanish use the French name). */
	public String name(String language) {
		return "ar".equals(language) ? nameAr : nameFr;
	}
}
