package org.tawasul.newsroom.desk;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.platform.web.StaffWorkspace;

/** The newsroom's entries on the staff home page. */
@Configuration(proxyBeanMethods = false)
class NewsroomWorkspaces {

	@Bean
	StaffWorkspace newsroomWorkspace() {
		return new StaffWorkspace("/staff/newsroom", "newsroom.workspace", Set.of("EDITOR", "APPROVER", "SUPERVISOR"), 40);
	}

	@Bean
	StaffWorkspace statementMatchesWorkspace() {
		return new StaffWorkspace("/staff/newsroom/matches", "newsroom.matches.workspace",
				Set.of("TRIAGE_AGENT", "EDITOR", "APPROVER", "SUPERVISOR"), 41);
	}
}
