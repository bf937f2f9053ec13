package org.tawasul.channels.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tawasul.channels.Network;

/**
 * One official account (الحسابات الرسمية) with its decrypted credentials, as the connectors need it. Never
 * rendered or logged whole: {@link #toString()} hides the tokens.
 *
 * @param externalId the network's id of the account: X user id, Facebook Page id, Instagram professional user id
 * @param language the language its posts are written in (ar by default)
 */
record ChannelAccount(UUID id, Network network, String handle, String externalId, String language,
		String accessToken, @Nullable String refreshToken, @Nullable Instant tokenExpiresAt, boolean connected) {

	boolean expiresBefore(Instant instant) {
		return tokenExpiresAt != null && tokenExpiresAt.isBefore(instant);
	}

	@Override
	public String toString() {
		return "ChannelAccount[" + network + " @" + handle + " " + id + "]";
	}
}
