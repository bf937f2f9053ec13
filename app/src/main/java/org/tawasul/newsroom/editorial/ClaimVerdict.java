package org.tawasul.newsroom.editorial;

/** What a truth statement concludes about the claim it answers (schema.org ClaimReview's rating). */
public enum ClaimVerdict {
	FALSE(1), MISLEADING(2), OUT_OF_CONTEXT(2), TRUE(5);

	private final int rating;

	ClaimVerdict(int rating) {
		this.rating = rating;
	}

	/** The numeric rating on a 1 (false) to 5 (true) scale, as emitted in ClaimReview's reviewRating. */
	public int rating() {
		return rating;
	}
}
