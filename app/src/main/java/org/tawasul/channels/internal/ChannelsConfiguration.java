package org.tawasul.channels.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tawasul.platform.web.StaffWorkspace;

/** The channels workspaces on the staff home page. */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

	@Bean
	StaffWorkspace channelsWorkspace() {
		return new StaffWorkspace("/staff/channels", "channels.workspace.title",
				Set.of("ADMINISTRATOR", "EDITOR", "SUPERVISOR"), 60);
	}

	@Bean
	StaffWorkspace audienceWorkspace() {
		return new StaffWorkspace("/staff/channels/audience", "channels.audience.title",
				Set.of("ADMINISTRATOR", "EDITOR", "SUPERVISOR", "ANALYST"), 61);
	}
}
