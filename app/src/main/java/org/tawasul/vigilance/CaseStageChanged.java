package org.tawasul.vigilance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A case moved from one stage to the next, by whom, when and why. */
public record CaseStageChanged(CaseId caseId, CaseStage from, CaseStage to, String actor, @Nullable String note,
		Instant at) {
}
