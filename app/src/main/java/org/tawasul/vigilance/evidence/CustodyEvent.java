package org.tawasul.vigilance.evidence;

import java.time.Instant;
import java.util.UUID;

/** One link of the chain of custody: who did what with an evidence object, when and why. */
public record CustodyEvent(UUID evidenceId, String action, String actor, String reason, Instant at) {
}
