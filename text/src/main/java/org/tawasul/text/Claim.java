package org.tawasul.text;

import java.util.Objects;

/**
 * A published claim: a truth statement (بيان حقيقة) or a fact-check, that later reports of the same rumour should
 * be matched to.
 *
 * @param id stable identifier (the publication id)
 * @param title headline of the statement; may be empty
 * @param text the claim as stated (the rumour being confirmed or debunked); may be empty
 */
public record Claim(String id, String title, String text) {

  /** Rejects a null or blank id; null title or text become empty. */
  public Claim {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("claim id must not be blank");
    }
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }
}
