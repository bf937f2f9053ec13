package org.tawasul.channels.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCallsTest {

	private final Instant now = Instant.parse("2026-05-17T10:00:00Z");

	private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);

	@Test
	void xSaysWhenItsWindowResetsInUnixSeconds() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-rate-limit-reset", "1778999999");
		assertThat(HttpCalls.retryAt(headers, clock)).isEqualTo(Instant.ofEpochSecond(1778999999));
	}

	@Test
	void retryAfterIsSecondsFromNow() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "120");
		assertThat(HttpCalls.retryAt(headers, clock)).isEqualTo(now.plusSeconds(120));
	}

	@Test
	void metaEstimatesMinutesToRegainAccessPerBusinessUseCase() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Business-Use-Case-Usage", "{\"112233\":[{\"type\":\"pages\",\"call_count\":100,"
				+ "\"estimated_time_to_regain_access\":3},{\"type\":\"instagram\",\"call_count\":96,"
				+ "\"estimated_time_to_regain_access\":17}]}");
		assertThat(HttpCalls.retryAt(headers, clock)).isEqualTo(now.plus(Duration.ofMinutes(17)));
	}

	@Test
	void noHeaderMeansNoOpinion() {
		assertThat(HttpCalls.retryAt(new HttpHeaders(), clock)).isNull();
	}
}
