package org.tawasul.channels;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication is now visible on one official account.
 *
 * @param deliveryId the channels delivery that posted it
 * @param publicationId the newsroom publication, by id
 * @param link the post's public address on the network
 */
public record ChannelPostDelivered(UUID deliveryId, UUID publicationId, Network network, String link,
		Instant deliveredAt) {
}
