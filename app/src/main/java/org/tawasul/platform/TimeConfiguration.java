package org.tawasul.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link Clock} for the whole platform, so that deadlines (SLA clocks, schedules, lockouts) are testable with an
 * injected clock. The service's wall time is Africa/Casablanca.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The zone the service lives in: schedules and dates shown to people are in this zone. */
	public static final ZoneId SERVICE_ZONE = ZoneId.of("Africa/Casablanca");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
