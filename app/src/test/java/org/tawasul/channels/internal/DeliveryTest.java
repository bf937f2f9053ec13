package org.tawasul.channels.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tawasul.channels.Network;
import org.tawasul.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

	static final Instant NOW = Instant.parse("2026-05-17T10:00:00Z");

	static final Duration BASE = Duration.ofSeconds(30);

	static final Duration CAP = Duration.ofHours(1);

	private final ChannelAccount account = new ChannelAccount(UUID.randomUUID(), Network.X, "dgsn", "42", "ar",
			"token", null, null, true);

	private Delivery planned() {
		return Delivery.plan(UUID.randomUUID(), account, Delivery.Kind.POST, 0, "ar", NOW, NOW);
	}

	private static ChannelFailure transientFailure() {
		return new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.network-error", "503", null, false);
	}

	@Test
	void aPlannedDeliveryIsPendingAndDueAtThePublicationsTime() {
		Instant later = NOW.plus(Duration.ofHours(3));
		Delivery scheduled = Delivery.plan(UUID.randomUUID(), account, Delivery.Kind.POST, 0, "ar", later, NOW);
		assertThat(scheduled.state()).isEqualTo(Delivery.State.PENDING);
		assertThat(scheduled.nextAttemptAt()).isEqualTo(later);
		assertThat(scheduled.idempotencyKey()).hasSize(16);
	}

	@Test
	void postingRecordsTheLinkAndClearsTheAttempt() {
		Delivery d = planned();
		d.claim(NOW, Duration.ofMinutes(5));
		assertThat(d.attemptStartedAt()).isEqualTo(NOW);
		d.posted("1001", "https://x.com/dgsn/status/1001");
		assertThat(d.state()).isEqualTo(Delivery.State.POSTED);
		assertThat(d.link()).isEqualTo("https://x.com/dgsn/status/1001");
		assertThat(d.attemptStartedAt()).isNull();
		assertThat(d.remoteParts()).containsExactly("1001");
	}

	@Test
	void passingFailuresBackOffExponentiallyThenGiveUp() {
		Delivery d = planned();
		Instant now = NOW;
		for (int attempt = 1; attempt <= 3; attempt++) {
			d.claim(now, Duration.ofMinutes(5));
			d.failed(transientFailure(), now, 4, BASE, CAP);
			assertThat(d.state()).isEqualTo(Delivery.State.FAILED);
			assertThat(d.nextAttemptAt()).isEqualTo(now.plus(BASE.multipliedBy(1L << (attempt - 1))));
			now = d.nextAttemptAt();
		}
		d.claim(now, Duration.ofMinutes(5));
		d.failed(transientFailure(), now, 4, BASE, CAP);
		assertThat(d.state()).isEqualTo(Delivery.State.GAVE_UP);
		assertThat(d.nextAttemptAt()).isNull();
	}

	@Test
	void backoffIsCapped() {
		assertThat(Delivery.backoff(30, BASE, CAP)).isEqualTo(CAP);
		assertThat(Delivery.backoff(1, BASE, CAP)).isEqualTo(BASE);
	}

	@Test
	void aRateLimitWaitsUntilTheNetworkSaysItResets() {
		Delivery d = planned();
		d.claim(NOW, Duration.ofMinutes(5));
		Instant reset = NOW.plusSeconds(7);
		d.failed(new ChannelFailure(ChannelFailure.Kind.RATE_LIMITED, "channels.failure.rate-limited", "429", reset,
				false), NOW, 6, BASE, CAP);
		assertThat(d.nextAttemptAt()).isEqualTo(reset);
		assertThat(d.failureKey()).isEqualTo("channels.failure.rate-limited");
	}

	@Test
	void aPermanentFailureWaitsForAPerson() {
		Delivery d = planned();
		d.claim(NOW, Duration.ofMinutes(5));
		d.failed(ChannelFailure.permanent("channels.failure.too-long", "2300 characters"), NOW, 6, BASE, CAP);
		assertThat(d.state()).isEqualTo(Delivery.State.FAILED);
		assertThat(d.nextAttemptAt()).isNull();
		d.retryByHand(NOW.plusSeconds(60));
		assertThat(d.state()).isEqualTo(Delivery.State.PENDING);
		assertThat(d.attempts()).isZero();
		assertThat(d.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void aPostedDeliveryCannotBeRetriedByHand() {
		Delivery d = planned();
		d.claim(NOW, Duration.ofMinutes(5));
		d.posted("1", null);
		assertThatThrownBy(() -> d.retryByHand(NOW)).isInstanceOf(DomainException.class);
	}

	@Test
	void anAmbiguousFailureKeepsTheAttemptOpenSoTheNextOneReconciles() {
		Delivery d = planned();
		d.claim(NOW, Duration.ofMinutes(5));
		assertThat(d.needsReconciliation()).isFalse();
		d.failed(new ChannelFailure(ChannelFailure.Kind.TRANSIENT, "channels.failure.network-error", "502", null, true),
				NOW, 6, BASE, CAP);
		assertThat(d.attemptStartedAt()).isEqualTo(NOW);
		d.claim(NOW.plusSeconds(40), Duration.ofMinutes(5));
		assertThat(d.needsReconciliation()).isTrue();
	}
}
