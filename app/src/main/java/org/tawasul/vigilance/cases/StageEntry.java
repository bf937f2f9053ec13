package org.tawasul.vigilance.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tawasul.vigilance.CaseStage;

/** One step of a case's history: the stage reached, by whom, when, with what note. */
public record StageEntry(CaseStage stage, String actor, @Nullable String note, Instant at) {
}
