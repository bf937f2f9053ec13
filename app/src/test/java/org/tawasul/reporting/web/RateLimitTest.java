package org.tawasul.reporting.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.tawasul.reporting.internal.ReportingProperties;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

	static RateLimit limit(boolean enabled, int perMinute, int burst) {
		return new RateLimit(new ReportingProperties(null, Path.of("target"),
				new ReportingProperties.Uploads(5, DataSize.ofMegabytes(10), DataSize.ofMegabytes(25), 1_000_000),
				new ReportingProperties.RateLimit(enabled, perMinute, burst), new ReportingProperties.Intake(2, 64, 32, java.time.Duration.ofSeconds(5), 100)));
	}

	static int post(RateLimit filter, String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		if (response.getStatus() == 429) {
			assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isPositive();
		}
		return response.getStatus();
	}

	@Test
	void aClientPastItsBurstIsToldToWaitWhileOthersAreNot() throws Exception {
		RateLimit filter = limit(true, 30, 3);

		for (int i = 0; i < 3; i++) {
			assertThat(post(filter, "/api/v1/reports", "10.0.0.1")).isEqualTo(200);
		}
		assertThat(post(filter, "/api/v1/reports", "10.0.0.1")).isEqualTo(429);
		assertThat(post(filter, "/report", "10.0.0.1")).isEqualTo(429);
		assertThat(post(filter, "/api/v1/reports", "10.0.0.2")).isEqualTo(200);
	}

	@Test
	void readsAndOtherAddressesAreNotLimited() throws Exception {
		RateLimit filter = limit(true, 1, 1);
		post(filter, "/report", "10.0.0.3");

		MockHttpServletRequest read = new MockHttpServletRequest("GET", "/report");
		read.setRemoteAddr("10.0.0.3");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(read, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(post(filter, "/staff/reports/x/escalate", "10.0.0.3")).isEqualTo(200);
	}

	@Test
	void canBeTurnedOffForLoadTests() throws Exception {
		RateLimit filter = limit(false, 1, 1);
		for (int i = 0; i < 5; i++) {
			assertThat(post(filter, "/api/v1/reports", "10.0.0.4")).isEqualTo(200);
		}
	}
}
