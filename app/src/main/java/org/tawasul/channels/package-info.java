/**
 * The official social accounts (X, Facebook, Instagram): an administrator connects them (tokens encrypted at rest),
 * every published publication becomes one delivery per account, delivered by connectors that speak each network's
 * API with retries, rate-limit back-off and idempotency, and a daily job records each account's followers beside
 * the service's published yearly figures. Reads publications through {@code newsroom.PublishedContent}; listens
 * to {@code newsroom.PublicationPublished}, {@code PublicationCorrected} and {@code PublicationWithdrawn}; publishes
 * {@link org.tawasul.channels.ChannelPostDelivered}.
 */
@ApplicationModule(displayName = "Channels")
@NullMarked
package org.tawasul.channels;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
