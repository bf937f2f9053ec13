package org.tawasul.similarity;

import java.time.Instant;
import java.util.UUID;

/**
 * A rumour group reached a size worth telling others about: published when it reaches 2, 4, 8, 16… items (not on
 * every item, so a viral rumour does not flood the event registry).
 */
public record ClusterGrew(UUID groupId, int size, Instant at) {
}
