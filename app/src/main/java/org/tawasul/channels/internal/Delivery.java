package org.tawasul.channels.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.tawasul.channels.Network;
import org.tawasul.platform.DomainException;

/**
 * One publication (or its correction or withdrawal) on its way to one official account. It owns its states:
 * PENDING → (claimed for an attempt) → POSTED with its link, or FAILED with a reason and, when the failure is
 * passing, the time of the next attempt; after {@code maxAttempts} passing failures it GAVE_UP. A person may retry
 * a FAILED or GAVE_UP delivery by hand.
 *
 * <p>{@link #attemptStartedAt()} is committed before the network is called and cleared only when the outcome is
 * known: a delivery claimed again while it is still set had an attempt whose outcome was lost (a crash between the
 * API call and the database commit), and is reconciled against the network before anything is posted again.
 */
final class Delivery {

	enum State {
		PENDING, POSTED, FAILED, GAVE_UP
	}

	enum Kind {
		POST, CORRECTION, WITHDRAWAL
	}

	private final UUID id;

	private final UUID publicationId;

	private final UUID accountId;

	private final Network network;

	private final Kind kind;

	private final int revision;

	private final String language;

	private final String idempotencyKey;

	private State state;

	private int attempts;

	private @Nullable Instant nextAttemptAt;

	private @Nullable Instant attemptStartedAt;

	private @Nullable String remoteId;

	private final List<String> remoteParts;

	private @Nullable String link;

	private @Nullable String failureKey;

	private @Nullable String failureDetail;

	private final Instant createdAt;

	private boolean outcomeLost;

	Delivery(UUID id, UUID publicationId, UUID accountId, Network network, Kind kind, int revision, String language,
			String idempotencyKey, State state, int attempts, @Nullable Instant nextAttemptAt,
			@Nullable Instant attemptStartedAt, @Nullable String remoteId, List<String> remoteParts,
			@Nullable String link, @Nullable String failureKey, @Nullable String failureDetail, Instant createdAt) {
		this.id = id;
		this.publicationId = publicationId;
		this.accountId = accountId;
		this.network = network;
		this.kind = kind;
		this.revision = revision;
		this.language = language;
		this.idempotencyKey = idempotencyKey;
		this.state = state;
		this.attempts = attempts;
		this.nextAttemptAt = nextAttemptAt;
		this.attemptStartedAt = attemptStartedAt;
		this.remoteId = remoteId;
		this.remoteParts = new ArrayList<>(remoteParts);
		this.link = link;
		this.failureKey = failureKey;
		this.failureDetail = failureDetail;
		this.createdAt = createdAt;
	}

	/** A new delivery, due at {@code dueAt} (the publication's time: scheduling follows the publication). */
	static Delivery plan(UUID publicationId, ChannelAccount account, Kind kind, int revision, String language,
			Instant dueAt, Instant now) {
		UUID id = UUID.randomUUID();
		String key = id.toString().replace("-", "").substring(0, 16);
		return new Delivery(id, publicationId, account.id(), account.network(), kind, revision, language, key,
				State.PENDING, 0, dueAt.isAfter(now) ? dueAt : now, null, null, List.of(), null, null, null, now);
	}

	/** Starts an attempt: counted, and kept from other workers for {@code lease}. */
	void claim(Instant now, Duration lease) {
		if (state != State.PENDING && state != State.FAILED) {
			throw new IllegalStateException("delivery " + id + " is " + state + ", not deliverable");
		}
		attempts++;
		outcomeLost = attemptStartedAt != null;
		attemptStartedAt = now;
		nextAttemptAt = now.plus(lease);
	}

	/** Whether the previous attempt's outcome was lost (see the class comment), as found by the last claim. */
	boolean needsReconciliation() {
		return outcomeLost;
	}

	void partPosted(String partId) {
		remoteParts.add(partId);
	}

	void posted(String remoteId, @Nullable String link) {
		this.state = State.POSTED;
		this.remoteId = remoteId;
		if (remoteParts.isEmpty() || !remoteParts.get(0).equals(remoteId)) {
			remoteParts.add(0, remoteId);
		}
		this.link = link;
		this.attemptStartedAt = null;
		this.nextAttemptAt = null;
		this.failureKey = null;
		this.failureDetail = null;
	}

	void failed(ChannelFailure failure, Instant now, int maxAttempts, Duration backoffBase, Duration backoffCap) {
		this.failureKey = failure.reasonKey();
		this.failureDetail = failure.detail();
		if (!failure.ambiguous()) {
			this.attemptStartedAt = null;
		}
		if (failure.kind() == ChannelFailure.Kind.PERMANENT) {
			this.state = State.FAILED;
			this.nextAttemptAt = null;
			return;
		}
		if (attempts >= maxAttempts) {
			this.state = State.GAVE_UP;
			this.nextAttemptAt = null;
			return;
		}
		this.state = State.FAILED;
		Instant backoff = now.plus(backoff(attempts, backoffBase, backoffCap));
		Instant retryAt = failure.retryAt();
		if (retryAt == null) {
			this.nextAttemptAt = backoff;
		}
		else if (failure.kind() == ChannelFailure.Kind.RATE_LIMITED) {
			this.nextAttemptAt = retryAt.isAfter(now) ? retryAt : now;
		}
		else {
			this.nextAttemptAt = retryAt.isAfter(backoff) ? retryAt : backoff;
		}
	}

	/** Exponential back-off: base × 2^(attempt−1), capped. */
	static Duration backoff(int attempt, Duration base, Duration cap) {
		Duration delay = base.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		return delay.compareTo(cap) > 0 ? cap : delay;
	}

	/** The publication was withdrawn before this delivery posted it: it never will. */
	void withdrawn() {
		state = State.GAVE_UP;
		nextAttemptAt = null;
		failureKey = "channels.failure.withdrawn";
		failureDetail = null;
	}

	/** A person asks for another try of a failed or abandoned delivery. */
	void retryByHand(Instant now) {
		if (state != State.FAILED && state != State.GAVE_UP) {
			throw new DomainException(HttpStatus.CONFLICT, "channels.delivery.not-retryable");
		}
		state = State.PENDING;
		attempts = 0;
		nextAttemptAt = now;
		failureKey = null;
		failureDetail = null;
	}

	UUID id() {
		return id;
	}

	UUID publicationId() {
		return publicationId;
	}

	UUID accountId() {
		return accountId;
	}

	Network network() {
		return network;
	}

	Kind kind() {
		return kind;
	}

	int revision() {
		return revision;
	}

	String language() {
		return language;
	}

	String idempotencyKey() {
		return idempotencyKey;
	}

	State state() {
		return state;
	}

	int attempts() {
		return attempts;
	}

	@Nullable Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	@Nullable Instant attemptStartedAt() {
		return attemptStartedAt;
	}

	@Nullable String remoteId() {
		return remoteId;
	}

	List<String> remoteParts() {
		return List.copyOf(remoteParts);
	}

	@Nullable String link() {
		return link;
	}

	@Nullable String failureKey() {
		return failureKey;
	}

	@Nullable String failureDetail() {
		return failureDetail;
	}

	Instant createdAt() {
		return createdAt;
	}
}
