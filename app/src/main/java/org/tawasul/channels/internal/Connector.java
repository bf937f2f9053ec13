package org.tawasul.channels.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.tawasul.channels.Network;

/**
 * Speaks one network's API for the official accounts. Every method throws {@link ChannelFailure} when the network
 * refuses or does not answer; the caller decides what to do with it.
 */
interface Connector {

	/** A post as it stands on the network. */
	record Published(String remoteId, @Nullable String link) {
	}

	/** Tokens obtained by a refresh. */
	record TokenGrant(String accessToken, @Nullable String refreshToken, @Nullable Instant expiresAt) {
	}

	/** What the network reports of a post's engagement (absent figures are null). */
	record Engagement(@Nullable Long likes, @Nullable Long shares, @Nullable Long replies,
			@Nullable Long impressions) {
	}

	Network network();

	/**
	 * Posts; for a thread, {@code alreadyPosted} are the parts posted by an earlier attempt (skipped) and
	 * {@code partPosted} is told each new part's id as soon as the network confirms it.
	 */
	Published publish(ChannelAccount account, Post post, List<String> alreadyPosted, Consumer<String> partPosted);

	/** Looks among the account's posts since {@code since} for one carrying {@code marker}. */
	Optional<Published> findByMarker(ChannelAccount account, String marker, Instant since);

	/** Replaces a post's text where the network allows it; false where it does not. */
	boolean edit(ChannelAccount account, String remoteId, Post post);

	/** Deletes a post; false where the network's API cannot. */
	boolean delete(ChannelAccount account, String remoteId);

	/** Answers under a post (a reply on X, a comment on Facebook and Instagram); returns the answer's id. */
	String reply(ChannelAccount account, String remoteId, String text);

	long followers(ChannelAccount account);

	Engagement engagement(ChannelAccount account, String remoteId);

	/** New tokens for the account, or a permanent failure when it cannot be refreshed (the token was revoked). */
	TokenGrant refresh(ChannelAccount account);
}
