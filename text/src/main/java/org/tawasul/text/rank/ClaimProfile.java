package org.tawasul.text.rank;

import org.tawasul.text.Claim;

/**
 * The lexical profiles of a claim's title and of its text (the rumour as stated), with a cache of their idf
 * masses (refreshed when the number of claims has changed by more than 5%). Thread-safe.
 */
public final class ClaimProfile {

  private final TextProfile title;
  private final TextProfile text;
  private volatile Masses masses;

  /** Idf sums of the title's terms, the text's terms and the text's skeletons, at a claim count. */
  record Masses(double title, double text, double textRoots, int documents) {}

  /** Profiles of a title and a text. */
  public ClaimProfile(TextProfile title, TextProfile text) {
    this.title = title;
    this.text = text;
  }

  /** Profiles a claim. */
  public static ClaimProfile of(Claim claim) {
    return new ClaimProfile(TextProfile.of(claim.title(), false), TextProfile.of(claim.text(), false));
  }

  /** The title's profile. */
  public TextProfile title() {
    return title;
  }

  /** The text's profile. */
  public TextProfile text() {
    return text;
  }

  Masses masses(DocumentFrequencies df) {
    Masses m = masses;
    int n = df.documents();
    if (m == null || Math.abs(n - m.documents()) > m.documents() / 20) {
      m = new Masses(LexicalFeatures.mass(title.terms, df), LexicalFeatures.mass(text.terms, df),
          LexicalFeatures.mass(text.roots, df), n);
      masses = m;
    }
    return m;
  }

  /** Approximate heap bytes held. */
  public long ramBytes() {
    return 64 + title.ramBytes() + text.ramBytes();
  }
}
