package org.tawasul.vigilance.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.platform.web.StaffWorkspace;

/** Vigilance's entries on the staff home page. */
@Configuration(proxyBeanMethods = false)
class VigilanceWorkspaces {

	@Bean
	StaffWorkspace vigilanceQueue() {
		return new StaffWorkspace("/staff/vigilance", "vigilance.workspace.queue", Set.of("ANALYST", "SUPERVISOR"), 20);
	}

	@Bean
	StaffWorkspace vigilanceDashboard() {
		return new StaffWorkspace("/staff/vigilance/dashboard", "vigilance.workspace.dashboard",
				Set.of("SUPERVISOR", "ANALYST", "VIEWER"), 21);
	}

	@Bean
	StaffWorkspace vigilanceWatchList() {
		return new StaffWorkspace("/staff/vigilance/watch-list", "vigilance.workspace.watch-list", Set.of("SUPERVISOR"),
				22);
	}

	@Bean
	StaffWorkspace vigilanceFeeds() {
		return new StaffWorkspace("/staff/vigilance/feeds", "vigilance.workspace.feeds", Set.of("SUPERVISOR"), 23);
	}

	@Bean
	StaffWorkspace vigilanceCollectors() {
		return new StaffWorkspace("/staff/vigilance/collectors", "vigilance.workspace.collectors",
				Set.of("SUPERVISOR", "ADMINISTRATOR"), 24);
	}
}
