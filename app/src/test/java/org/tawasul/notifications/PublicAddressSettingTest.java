package org.tawasul.notifications;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.tawasul.notifications.internal.NotificationsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's public address is set once: links in messages to reporters follow it unless set apart. */
class PublicAddressSettingTest {

	@Test
	void messagesLinkToTheSiteAddress() throws Exception {
		assertThat(notifications(Map.of("tawasul.site.base-url", "https://tawasul.example.ma")).siteUrl())
			.isEqualTo("https://tawasul.example.ma");
	}

	@Test
	void anAddressSetApartForMessagesWins() throws Exception {
		assertThat(notifications(Map.of("tawasul.site.base-url", "https://tawasul.example.ma",
				"tawasul.notifications.public-url", "https://e-blagh.example.ma/")).siteUrl())
			.isEqualTo("https://e-blagh.example.ma");
	}

	@Test
	void withNothingSetItIsTheLocalPlatform() throws Exception {
		assertThat(notifications(Map.of()).siteUrl()).isEqualTo("http://localhost:8080");
	}

	private static NotificationsProperties notifications(Map<String, Object> operatorSettings) throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("operator", operatorSettings));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		return Binder.get(environment).bind("tawasul.notifications", NotificationsProperties.class).get();
	}
}
