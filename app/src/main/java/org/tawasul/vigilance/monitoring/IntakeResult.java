package org.tawasul.vigilance.monitoring;

import java.util.UUID;

/**
 * What became of one incoming item.
 *
 * @param duplicate the source had sent this item before; nothing changed
 */
public record IntakeResult(String sourceItemId, UUID itemId, UUID groupId, boolean duplicate, int severity,
		java.util.List<Flag> flags) {
}
