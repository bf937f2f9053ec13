package org.tawasul.vigilance.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A batch of monitored items from one collector (at most 1,000). */
@Schema(description = "A batch of monitored items from one collector (at most 1,000 by default).")
record ItemBatch(@Nullable List<@Nullable Item> items) {

	@Schema(description = "One piece of public content the collector saw.")
	record Item(
			@Schema(description = "The collector's own id of the item; sending it again is harmless (idempotent).",
					example = "fb:1234567890_987", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String sourceItemId,
			@Schema(description = "Where it was seen (http or https).", example = "https://www.facebook.com/p/123")
			@Nullable String url,
			@Schema(description = "What it says (post text, caption, transcript).", requiredMode = Schema.RequiredMode.REQUIRED)
			@Nullable String text,
			@Schema(description = "BCP 47 language tag if known: ar, ary, ary-Latn, fr…", example = "ary")
			@Nullable String language,
			@Schema(description = "Region, prefecture or province code (see /staff/vigilance).", example = "prefecture-fes")
			@Nullable String regionCode,
			@Schema(description = "A ReportCategory name if the collector classified it.", example = "VIOLENT_CONTENT")
			@Nullable String category,
			@Schema(description = "The author's public handle.") @Nullable String author,
			@Schema(description = "When the author published it.") @Nullable Instant publishedAt,
			@Schema(description = "When the collector first saw it; defaults to reception time, never in the future.")
			@Nullable Instant detectedAt) {
	}
}
