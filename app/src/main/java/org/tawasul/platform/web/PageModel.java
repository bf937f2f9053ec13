package org.tawasul.platform.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page's layout needs: its language, its direction, whether a staff member is signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

	@ModelAttribute("lang")
	String lang(Locale locale) {
		return Languages.supported(locale.toLanguageTag()).orElse(Languages.ARABIC).getLanguage();
	}

	@ModelAttribute("signedIn")
	boolean signedIn(java.security.@org.jspecify.annotations.Nullable Principal principal) {
		return principal != null;
	}

	@ModelAttribute("dir")
	String dir(Locale locale) {
		return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
	}
}
