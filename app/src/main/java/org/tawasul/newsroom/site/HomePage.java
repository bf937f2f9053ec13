package org.tawasul.newsroom.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public site's front door. */
@Controller
class HomePage {

	@GetMapping("/")
	String home() {
		return "newsroom/home";
	}
}
