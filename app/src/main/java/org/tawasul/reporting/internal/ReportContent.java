package org.tawasul.reporting.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the citizen reported: their description, the post's own text if they pasted it, where they saw it and when.
 */
public record ReportContent(String description, @Nullable String postText, List<String> links,
		@Nullable Platform platform, @Nullable Instant seenAt) {

	public ReportContent {
		links = List.copyOf(links);
	}

	/** The description and the pasted post, as one text for matching and search. */
	public String text() {
		return postText == null || postText.isBlank() ? description : description + "\n\n" + postText;
	}
}
