package org.tawasul.similarity;

import java.util.UUID;

/**
 * Where an item landed.
 *
 * @param groupId the rumour group
 * @param size how many items the group holds now, this one included
 * @param isNew whether this item started the group
 */
public record GroupAssignment(UUID groupId, int size, boolean isNew) {
}
