package org.tawasul.channels.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A network said no, or did not answer. The kind decides what the delivery does next; the reason key is shown to
 * the editor in their language, the detail is the network's own words (kept for the record).
 */
class ChannelFailure extends RuntimeException {

	enum Kind {
		/** 429 or a usage header at 100 %: wait until {@link #retryAt()}. */
		RATE_LIMITED,
		/** 5xx, timeout, connection refused: retry with exponential back-off. */
		TRANSIENT,
		/** The access token expired: refresh it and retry at once. */
		TOKEN_EXPIRED,
		/** Bad input, revoked token, unknown account: a person must act; no automatic retry. */
		PERMANENT
	}

	private final Kind kind;

	private final String reasonKey;

	private final @Nullable Instant retryAt;

	private final boolean ambiguous;

	ChannelFailure(Kind kind, String reasonKey, String detail, @Nullable Instant retryAt, boolean ambiguous) {
		super(detail);
		this.kind = kind;
		this.reasonKey = reasonKey;
		this.retryAt = retryAt;
		this.ambiguous = ambiguous;
	}

	static ChannelFailure permanent(String reasonKey, String detail) {
		return new ChannelFailure(Kind.PERMANENT, reasonKey, detail, null, false);
	}

	Kind kind() {
		return kind;
	}

	String reasonKey() {
		return reasonKey;
	}

	String detail() {
		return getMessage() == null ? "" : getMessage();
	}

	@Nullable Instant retryAt() {
		return retryAt;
	}

	/** The request may have reached the network and taken effect (a 5xx or a broken connection after sending). */
	boolean ambiguous() {
		return ambiguous;
	}
}
