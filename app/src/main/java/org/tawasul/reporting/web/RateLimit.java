package org.tawasul.reporting.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tawasul.reporting.internal.ReportingProperties;

/**
 * Limits public writes (the report form and the report API) per client address with a token bucket: by default 30
 * a minute, 60 at once. Over the limit the client gets 429 with {@code Retry-After}. Addresses live only in this
 * node's memory, never in the database; idle buckets are dropped. {@code tawasul.reporting.rate-limit.enabled=false}
 * turns it off (load tests).
 */
@Component
class RateLimit extends OncePerRequestFilter {

	private final ReportingProperties.RateLimit limits;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimit(ReportingProperties properties) {
		this.limits = properties.rateLimit();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!limits.enabled() || !"POST".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/report") || path.equals("/api/v1/reports"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		response.setHeader("Retry-After", Long.toString(seconds));
		response.sendError(429);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limits.burst())
				.refillGreedy(limits.perMinute(), Duration.ofMinutes(1))
				.build())
			.build();
	}

	/** Forgets clients whose bucket has refilled: they are idle, and an address is personal data. */
	@Scheduled(fixedDelayString = "PT5M")
	void forgetIdleClients() {
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limits.burst());
	}
}
