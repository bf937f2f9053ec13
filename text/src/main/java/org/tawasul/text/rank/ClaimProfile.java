package org.tawasul.text.rank;

import org.tawasul.text.Claim;

/** The lexical profiles of a claim's title and of its text (the rumour as stated). Immutable. */
public record ClaimProfile(TextProfile title, TextProfile text) {

  /** Profiles a claim. */
  public static ClaimProfile of(Claim claim) {
    return new ClaimProfile(TextProfile.of(claim.title(), false), TextProfile.of(claim.text(), false));
  }

  /** Approximate heap bytes held. */
  public long ramBytes() {
    return 16 + title.ramBytes() + text.ramBytes();
  }
}
