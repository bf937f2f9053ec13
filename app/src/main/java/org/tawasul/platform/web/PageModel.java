package org.tawasul.platform.web;

import java.util.Locale;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values every page's layout needs: its language, its direction, whether a staff member is signed in. The layout
 * asks for them ({@code ${@pageModel.dir(#locale)}}) when a page is rendered, so pages rendered by exception handlers
 * get them too, and API requests, which render nothing, do not compute them (as a {@code @ModelAttribute} advice
 * they cost a tenth of a report submission's request CPU).
 */
@Component("pageModel")
public class PageModel {

	public String lang(Locale locale) {
		return Languages.supported(locale.toLanguageTag()).orElse(Languages.ARABIC).getLanguage();
	}

	public String dir(Locale locale) {
		return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
	}

	public boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}
}
