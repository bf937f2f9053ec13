package org.tawasul.text;

/** What the service does with a matched claim, from its calibrated score and {@link MatchThresholds}. */
public enum Verdict {
  /** Same claim with high confidence: the report can be answered automatically with the truth statement. */
  CONFIRM,
  /** Possibly the same claim: shown to staff, who decide. */
  SUGGEST,
  /** Not the same claim. */
  NONE
}
